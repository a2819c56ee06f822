Console.WriteLine("weft");
