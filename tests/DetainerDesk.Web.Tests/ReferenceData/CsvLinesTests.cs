using DetainerDesk.Data.ReferenceData;

namespace DetainerDesk.Web.Tests.ReferenceData;

public sealed class CsvLinesTests
{
    private static List<string[]> Read(string text, char delimiter = ',', bool skipSpaceBeforeQuote = false) =>
        CsvLines.Read(new StringReader(text), delimiter, skipSpaceBeforeQuote).Select(r => r.ToArray()).ToList();

    [Fact]
    public void Quoted_fields_may_hold_delimiters_doubled_quotes_and_line_breaks()
    {
        var rows = Read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,\"\"\n");
        Assert.Equal([["a", "b, c", "say \"hi\""], ["two\nlines", "", ""]], rows);
    }

    [Fact]
    public void The_last_record_needs_no_final_newline_and_blank_lines_are_skipped()
    {
        Assert.Equal([["a", "b"], ["c", "d"]], Read("a,b\n\nc,d"));
    }

    [Fact]
    public void Pipe_delimited_facilities_keep_commas_and_quotes_as_data()
    {
        Assert.Equal([["X", "801 SOUTH \"A\" ST.", "A, B", ""]], Read("X|\"801 SOUTH \"\"A\"\" ST.\"|A, B|", '|'));
    }

    [Fact]
    public void Spaces_before_an_opening_quote_are_dropped_for_the_DDP_layout()
    {
        Assert.Equal([["St Paul", "Iowa", "", ""]], Read("\"St Paul\", \"Iowa\", \"\", \"\"", skipSpaceBeforeQuote: true));
    }

    [Theory]
    [InlineData("\"open")]
    [InlineData("\"closed\"x,y")]
    public void Malformed_quoting_throws(string text)
    {
        Assert.Throws<FormatException>(() => Read(text));
    }

    [Fact]
    public void A_record_with_the_wrong_number_of_fields_throws()
    {
        Assert.Throws<FormatException>(() => CsvLines.ReadWithHeader(new StringReader("a,b\n1,2,3\n")).ToList());
    }
}
