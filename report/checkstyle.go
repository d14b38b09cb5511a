package report

import (
	"cmp"
	"encoding/xml"
	"slices"
)

type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// checkstyleSeverity maps a severity to Checkstyle's word for it.
var checkstyleSeverity = map[string]string{"error": "error", "warning": "warning", "note": "info"}

// checkstyle writes Checkstyle XML (what reviewdog reads): one <file> per
// file, in path order, each with its findings in the order given.
func (r *renderer) checkstyle() error {
	doc := checkstyleReport{Version: "4.3"}
	index := map[string]int{} // file name -> its place in doc.Files
	for _, f := range r.findings {
		sp := r.src.span(f.Range)
		i, ok := index[sp.File]
		if !ok {
			i = len(doc.Files)
			index[sp.File] = i
			doc.Files = append(doc.Files, checkstyleFile{Name: sp.File})
		}
		doc.Files[i].Errors = append(doc.Files[i].Errors, checkstyleError{
			Line: sp.Line, Column: sp.Col,
			Severity: checkstyleSeverity[f.Severity.String()],
			Message:  f.Message,
			Source:   "vpclint." + ruleID(f),
		})
	}
	slices.SortStableFunc(doc.Files, func(a, b checkstyleFile) int { return cmp.Compare(a.Name, b.Name) })
	return r.encodeXML(doc)
}

// encodeXML writes an XML declaration and v, indented by two spaces.
func (r *renderer) encodeXML(v any) error {
	r.out.WriteString(xml.Header)
	enc := xml.NewEncoder(&r.out)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	r.out.WriteString("\n")
	return nil
}
