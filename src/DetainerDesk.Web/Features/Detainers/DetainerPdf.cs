using System.Globalization;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Web.Features.Shared;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The printable detainer as a PDF file (PDFsharp), with the same content as the HTML print view: a file an agency can
/// keep or attach to its own records without a browser's print dialog. Letter paper, one-inch margins, page breaks as needed.
/// </summary>
public static class DetainerPdf
{
    private const double Margin = 72;

    public static byte[] Write(DetainerDetails d, string subjectName, IReadOnlyList<PrintedCharge> charges)
    {
        PrintFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"{DetainerForms.Title(d.FormType)} — {d.BookingNumber}";
        document.Info.Author = d.IssuingOfficeName;
        document.Info.Subject = "Detainer as received by " + d.AgencyName;
        document.Info.Creator = "DetainerDesk";

        var writer = new PageWriter(document);
        string Day(DateTime utc) => FacilityClock.Format(utc, d.FacilityTimeZone);
        var s = d.Subject;

        writer.Line($"U.S. Department of Homeland Security · as received by {d.AgencyName}", writer.Small);
        writer.Line(DetainerForms.Title(d.FormType), writer.Title);
        writer.Line($"Lodged {Day(d.LodgedAtUtc)} by {d.LodgedBy}, {d.IssuingOfficeName} ({d.IssuingOfficeCode})", writer.Body);

        writer.Heading("Subject");
        writer.Fact("Name", subjectName);
        writer.Fact("Date of birth", s.DateOfBirth.ToString("MMMM d, yyyy", FacilityClock.UsEnglish));
        writer.Fact("Sex", s.Sex.ToString());
        writer.Fact("Country of citizenship", s.CountryOfCitizenship);
        writer.Fact("A-number", s.ANumber ?? "None recorded");
        writer.Fact("Booking number", d.BookingNumber);

        writer.Heading("Charges on the booking");
        if (charges.Count == 0) writer.Line("No charges recorded on the booking.", writer.Body);
        foreach (var c in charges) writer.Fact(c.NcicCode, $"{c.Description} ({c.Level})");

        writer.Heading("Probable cause");
        writer.Line(ProbableCause.HasBox2(d.Basis)
            ? "Box 2: DHS transferred the person to the agency's custody and intends to resume custody."
            : "Box 1: DHS has determined that probable cause exists that the subject is a removable alien, based on:", writer.Body);
        foreach (var box in ProbableCause.Describe(d.Basis)) writer.Line("• " + box, writer.Body, indent: 12);

        writer.Heading("Request and warrant");
        writer.Fact("DHS requests", DetainerForms.AsksForHold(d.FormType)
            ? "Notify DHS before release and maintain custody for up to 48 hours beyond the time the person would otherwise be released"
            : "Notify DHS before release; no hold is requested");
        writer.Fact("Warrant", $"{Warrants.Describe(d.WarrantKind)}, number {d.WarrantNumber}, signed {d.WarrantDate.ToString("MMMM d, yyyy", FacilityClock.UsEnglish)}");

        writer.Heading("From and to");
        writer.Fact("Issuing office", $"{d.IssuingOfficeName} ({d.IssuingOfficeCode})");
        writer.Fact("Issuing officer", d.LodgedBy);
        writer.Fact("Receiving agency", d.AgencyName);
        writer.Fact("Facility", $"{d.FacilityName} (times in {d.FacilityTimeZone})");
        writer.Fact("Date lodged", Day(d.LodgedAtUtc));
        writer.Fact("Date received", d.ReceivedAtUtc is { } received ? $"{Day(received)} by {d.ReceivedBy}" : "Not yet acknowledged");
        writer.Fact("Date served on the subject", d.ServedAtUtc is { } served ? Day(served) : "Not yet served");

        writer.Gap(12);
        writer.Line("Printed from DetainerDesk. This copy shows the detainer as lodged; its current status is on the detainer page. "
            + "A detainer takes effect only once served on the subject. Persons who believe they are U.S. citizens or victims of a crime "
            + "may call the ICE Law Enforcement Support Center at (855) 448-6903.", writer.Small);
        writer.Finish();

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>A cursor down the page that wraps text to the width and starts a new page when the next line would not fit.</summary>
    private sealed class PageWriter
    {
        private readonly PdfDocument _document;
        private PdfPage _page = null!;
        private XGraphics _gfx = null!;
        private double _y;

        // WinAnsi keeps the text of the file searchable and copyable; the subjects' names are Latin script.
        private static readonly XPdfFontOptions Encoding = new(PdfFontEncoding.WinAnsi);
        public XFont Title { get; } = new(PrintFonts.Family, 16, XFontStyleEx.Bold, Encoding);
        public XFont HeadingFont { get; } = new(PrintFonts.Family, 12, XFontStyleEx.Bold, Encoding);
        public XFont Body { get; } = new(PrintFonts.Family, 10, XFontStyleEx.Regular, Encoding);
        public XFont Label { get; } = new(PrintFonts.Family, 10, XFontStyleEx.Bold, Encoding);
        public XFont Small { get; } = new(PrintFonts.Family, 8.5, XFontStyleEx.Regular, Encoding);

        public PageWriter(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        private double Width => _page.Width.Point - 2 * Margin;

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = _document.AddPage();
            _page.Size = PdfSharp.PageSize.Letter;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
            var number = _document.PageCount.ToString(CultureInfo.InvariantCulture);
            _gfx.DrawString($"Page {number}", Small, XBrushes.Gray, new XPoint(_page.Width.Point - Margin, _page.Height.Point - Margin / 2), XStringFormats.BottomRight);
        }

        public void Gap(double points) => _y += points;

        public void Heading(string text)
        {
            Gap(10);
            Line(text, HeadingFont);
            _gfx.DrawLine(XPens.LightGray, Margin, _y, Margin + Width, _y);
            Gap(4);
        }

        public void Fact(string label, string value)
        {
            const double labelWidth = 150;
            var lines = Wrap(value, Body, Width - labelWidth);
            EnsureRoom(lines.Count * Body.GetHeight());
            _gfx.DrawString(label, Label, XBrushes.Black, new XPoint(Margin, _y), XStringFormats.TopLeft);
            foreach (var line in lines)
            {
                _gfx.DrawString(line, Body, XBrushes.Black, new XPoint(Margin + labelWidth, _y), XStringFormats.TopLeft);
                _y += Body.GetHeight();
            }
            Gap(2);
        }

        public void Line(string text, XFont font, double indent = 0)
        {
            foreach (var line in Wrap(text, font, Width - indent))
            {
                EnsureRoom(font.GetHeight());
                _gfx.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, _y), XStringFormats.TopLeft);
                _y += font.GetHeight();
            }
            Gap(2);
        }

        public void Finish() => _gfx.Dispose();

        private void EnsureRoom(double height)
        {
            if (_y + height > _page.Height.Point - Margin) NewPage();
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else current = candidate;
            }
            lines.Add(current);
            return lines;
        }
    }
}
