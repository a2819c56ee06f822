using System.Text.Json;
using Weft.Testing.FakeServer;

namespace Weft.Tests.Testing.FakeServer;

public sealed class SchemaFillerTests
{
    public static TheoryData<string> Schemas => new()
    {
        """{"type":"integer","minimum":0,"maximum":5}""",
        """{"type":"integer","exclusiveMinimum":0,"exclusiveMaximum":3}""",
        """{"type":"integer","minimum":10,"maximum":100,"multipleOf":25}""",
        """{"type":"integer","minimum":-4}""",
        """{"type":"number","minimum":1.5,"maximum":2.5}""",
        """{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":0.01}""",
        """{"type":"string","minLength":40,"maxLength":45}""",
        """{"type":"string","maxLength":3}""",
        """{"type":"string","format":"date-time"}""",
        """{"type":"string","format":"email"}""",
        """{"type":"string","enum":["A","B","Tie(A)","Tie(B)"]}""",
        """{"type":["string","null"]}""",
        """{"type":"array","items":{"type":"boolean"},"minItems":5,"maxItems":6}""",
        """{"type":"array","items":{"type":"integer"},"maxItems":0}""",
        """{"anyOf":[{"type":"null"},{"type":"object","properties":{"x":{"const":42}},"required":["x"]}]}""",
        """{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"number"}}}""",
        """
        {"type":"object","$defs":{"aspect":{"type":"object","properties":{
           "score":{"type":["integer","null"],"minimum":0,"maximum":10},
           "justification":{"type":"string"}},"required":["score","justification"]}},
         "properties":{"Correctness":{"$ref":"#/$defs/aspect"},"Completeness":{"$ref":"#/$defs/aspect"}},
         "required":["Correctness","Completeness"],"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#"}}},
         "required":["name","children"]}
        """,
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Fill_Schema_ValueConforms(string schemaText)
    {
        var schema = JsonDocument.Parse(schemaText).RootElement;

        foreach (var seed in new[] { "a", "b", "c", "d", "e", "f" })
        {
            SchemaAssert.Conforms(schema, SchemaFiller.Fill(schema, seed));
        }
    }

    [Fact]
    public void Fill_SameSchemaAndSeed_SameText()
    {
        var verdict = JsonDocument.Parse("""{"type":"object","properties":{"s":{"type":"integer"},"t":{"type":"string"}}}""").RootElement;

        Assert.Equal(SchemaFiller.Fill(verdict, "seed"), SchemaFiller.Fill(verdict, "seed"));
    }

    [Fact]
    public void Fill_DifferentSeeds_ValuesVary()
    {
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"score":{"type":"integer","minimum":0,"maximum":5},"why":{"type":"string"}}}""").RootElement;

        var texts = Enumerable.Range(0, 20).Select(i => SchemaFiller.Fill(schema, $"key{i}")).Distinct().Count();

        Assert.True(texts > 10, $"only {texts} distinct replies");
    }

    [Fact]
    public void Fill_StringProperty_SentenceNamesTheProperty()
    {
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"explanation":{"type":"string"}},"required":["explanation"]}""").RootElement;

        using var value = JsonDocument.Parse(SchemaFiller.Fill(schema, "k"));

        Assert.Contains("explanation", value.RootElement.GetProperty("explanation").GetString());
    }

    [Fact]
    public void Fill_RequiredListed_OnlyRequiredProperties()
    {
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}},"required":["b"]}""").RootElement;

        using var value = JsonDocument.Parse(SchemaFiller.Fill(schema, "k"));

        Assert.Equal(["b"], value.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Fill_BoundsMovedIntoDescription_BoundsStillHonoured()
    {
        // What Microsoft.Extensions.AI's OpenAI adapter sends for {"minimum":0,"maximum":5} and {"minItems":2,"maxItems":2}.
        var sent = JsonDocument.Parse("""
            {"type":"object","properties":{
              "score":{"type":"integer","description":"minimum: 0\nmaximum: 5"},
              "tags":{"type":"array","items":{"type":"string"},"description":"minItems: 2\nmaxItems: 2"}},
             "required":["score","tags"]}
            """).RootElement;
        var meant = JsonDocument.Parse("""
            {"type":"object","properties":{
              "score":{"type":"integer","minimum":0,"maximum":5},
              "tags":{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}},
             "required":["score","tags"]}
            """).RootElement;

        foreach (var seed in Enumerable.Range(0, 30).Select(i => i.ToString()))
        {
            SchemaAssert.Conforms(meant, SchemaFiller.Fill(sent, seed));
        }
    }
}
