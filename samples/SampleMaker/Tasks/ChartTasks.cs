using System.Globalization;
using Weft.SampleMaker.Drawing;
using Weft.SampleMaker.Model;
using static Weft.SampleMaker.Model.Blocks;

namespace Weft.SampleMaker.Tasks;

/// <summary>Context-free short reports whose data is given in the instruction and must be drawn as a bar chart.</summary>
internal static class ChartTasks
{
    private const string Task = "chart-report";

    public static IEnumerable<SampleCase> Cases()
    {
        ChartBar[] fruit = [new("APPLES", 42), new("BANANAS", 35), new("ORANGES", 18), new("PEARS", 9)];
        yield return Report(
            "chart-01",
            "fruit sold at the school cafe last week",
            "FRUIT SOLD THIS WEEK",
            fruit,
            ("The school cafe sold 104 pieces of fruit last week. Apples were the clear favourite with 42 sold, followed by bananas with 35.",
             "Oranges (18) and pears (9) together made up only about a quarter of sales, 27 of 104, so the cafe could order fewer pears and more apples next week."),
            ("Fruit sales at the school cafe came to 104 pieces last week. Apples led with 42, about 40 percent of the total, and bananas came second with 35.",
             "Oranges sold 18 and pears just 9. Since pears sell most slowly, ordering fewer of them would cut waste without disappointing many pupils."),
            [
                Text("This is a report. The data is shown below. The data is important."),
                Image(BarChart.Draw("FRUIT SOLD THIS WEEK", [new("APPLES", 10), new("BANANAS", 40), new("ORANGES", 25), new("PEARS", 30)], Palette.Grey)),
            ]);

        ChartBar[] rain = [new("JAN", 78), new("FEB", 64), new("MAR", 52), new("APR", 47), new("MAY", 31), new("JUN", 22)];
        yield return Report(
            "chart-02",
            "monthly rainfall in Millbrook from January to June, in millimetres",
            "MILLBROOK RAINFALL (MM)",
            rain,
            ("Rainfall in Millbrook fell steadily through the first half of the year, from 78 mm in January to 22 mm in June.",
             "The wettest month, January, had more than three times the rain of June, and the six months together brought 294 mm."),
            ("Between January and June, Millbrook's monthly rainfall dropped every single month.",
             "January was the wettest month at 78 mm and June the driest at 22 mm. The six-month average was 49 mm, and the largest fall from one month to the next, 16 mm, came between April and May."),
            [Text("Rain is water that falls from the sky. It rains in many places. Rain is important for plants. Rain is important.")]);

        ChartBar[] books = [new("MYSTERY", 120), new("SCIENCE", 85), new("HISTORY", 60), new("POETRY", 25)];
        var booksChart = BarChart.Draw("BOOKS BORROWED BY GENRE", books, Palette.Grey);
        yield return Report(
            "chart-03",
            "books borrowed from the town library last month, by genre",
            "BOOKS BORROWED BY GENRE",
            books,
            ("The town library lent 290 books last month. Mystery was by far the most borrowed genre, with 120 loans.",
             "Science (85) and history (60) followed, while poetry had just 25 loans, so a poetry display near the entrance might be worth a try."),
            ("Last month readers borrowed 290 books from the town library, and mysteries made up 120 of them, more than 40 percent.",
             "Science books came next with 85 loans and history with 60. Poetry trailed with 25, fewer than a third of the science figure."),
            [
                Text("The library has books. The library has books. People like books."),
                Image(booksChart),
                Text("The library has books."),
                Image(booksChart),
            ]);

        ChartBar[] bikes = [new("MON", 14), new("TUE", 18), new("WED", 22), new("THU", 19), new("FRI", 30), new("SAT", 48), new("SUN", 41)];
        yield return Report(
            "chart-04",
            "bicycles rented each day last week at the riverside stand",
            "BIKES RENTED PER DAY",
            bikes,
            ("The riverside stand rented 192 bicycles last week. Weekdays were quiet, with between 14 and 30 rentals a day.",
             "The weekend was the busiest time: Saturday peaked at 48 and Sunday brought 41, so the two days together account for almost half of the week (89 of 192)."),
            ("Bicycle rentals at the riverside stand added up to 192 last week, an average of about 27 a day.",
             "Rentals rose from 14 on Monday to 30 on Friday, apart from a small dip on Thursday, then peaked at 48 on Saturday before easing to 41 on Sunday."),
            [Text("Bikes are good. Many people ride bikes. Bikes are good."), Image(StoryPictures.Balloon(3, 2))]);
    }

    private static SampleCase Report(
        string id,
        string topic,
        string title,
        ChartBar[] data,
        (string Before, string After) reference,
        (string Before, string After) strong,
        IReadOnlyList<Block> weak)
    {
        var figures = string.Join(", ", data.Select(bar => string.Create(CultureInfo.InvariantCulture, $"{Capitalize(bar.Label)} {bar.Value}")));
        return new(
            id,
            Task,
            $"Write a short report on {topic}, with a bar chart of the data. Data: {figures}.",
            Input: [],
            Reference: [Text(reference.Before), Image(BarChart.Draw(title, data, Palette.Blue)), Text(reference.After)],
            Blocks.Metadata("context-free", expectedImages: 1),
            Strong: [Text(strong.Before), Image(BarChart.Draw(title, data, Palette.Green)), Text(strong.After)],
            weak);
    }

    private static string Capitalize(string label) => label[..1] + label[1..].ToLowerInvariant();
}
