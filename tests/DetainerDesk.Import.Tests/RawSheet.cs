using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace DetainerDesk.Import.Tests;

/// <summary>
/// A second, deliberately simple way to read the released spreadsheet, sharing nothing with the importer: the ZIP
/// entry of the one sheet read with XmlReader. Column A holds the Excel day number; a cell in column F means a lift
/// reason was recorded.
/// </summary>
public static class RawSheet
{
    public sealed record Row(int Number, DateOnly PrepareDate, bool HasLiftReason);

    public static List<Row> Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        using var xml = XmlReader.Create(stream);
        var rows = new List<Row>();
        int number = 0;
        double? serial = null;
        var lift = false;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
            {
                number = int.Parse(xml.GetAttribute("r")!, CultureInfo.InvariantCulture);
                (serial, lift) = (null, false);
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c" && !xml.IsEmptyElement)
            {
                var column = xml.GetAttribute("r")![0];
                // ReadOuterXml moves past </c>, so the loop must not Read() again.
                var value = System.Xml.Linq.XElement.Parse(xml.ReadOuterXml()).Elements().FirstOrDefault(e => e.Name.LocalName == "v")?.Value ?? "";
                if (column == 'A' && number > 1) serial = double.Parse(value, CultureInfo.InvariantCulture);
                if (column == 'F' && value.Length > 0) lift = true;
                continue;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "row" && number > 1)
            {
                rows.Add(new Row(number, new DateOnly(1899, 12, 30).AddDays((int)serial!.Value), lift));
            }
            xml.Read();
        }
        return rows;
    }

    public static int FiscalYear(DateOnly day) => day.Month >= 10 ? day.Year + 1 : day.Year;
}
