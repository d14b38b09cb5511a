package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/vpclint/vpclint/internal/parallel"
)

// jsonReport is the json format's document. Field order is the output's key
// order; lists are never null.
type jsonReport struct {
	Version  string        `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	span
	Resource string        `json:"resource"`
	Related  []jsonRelated `json:"related"`
	Fix      string        `json:"fix,omitempty"`
}

type jsonRelated struct {
	Message string `json:"message"`
	span
}

type jsonSummary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Notes    int `json:"notes"`
}

// json writes {"version", "findings", "summary"}, indented by two spaces.
// The findings, most of the output, are encoded in parallel, each indented
// as it is inside the document, and put in place of the empty list that
// the rest of the document is encoded with.
func (r *renderer) json() error {
	findings := make([]jsonFinding, len(r.findings))
	for i, f := range r.findings {
		jf := jsonFinding{
			Rule:     ruleID(f),
			Severity: f.Severity.String(),
			Message:  f.Message,
			span:     r.src.span(f.Range),
			Resource: f.Resource,
			Related:  []jsonRelated{},
			Fix:      f.Fix,
		}
		for _, rel := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{Message: rel.Message, span: r.src.span(rel.Range)})
		}
		findings[i] = jf
	}
	parts := make([]bytes.Buffer, len(findings))
	errs := make([]error, len(findings))
	parallel.ForEach(len(findings), func(i int) { errs[i] = encodeJSON(&parts[i], findings[i], findingIndent) })
	if err := errors.Join(errs...); err != nil {
		return err
	}
	t := count(r.findings)
	var rest bytes.Buffer
	err := encodeJSON(&rest, jsonReport{
		Version:  r.opts.Version,
		Findings: []jsonFinding{},
		Summary:  jsonSummary{Errors: t.errors, Warnings: t.warnings, Notes: t.notes},
	}, "")
	if err != nil {
		return err
	}
	// A JSON string holds no unescaped quote, so the first match is the key.
	list := []byte(`"findings": [`)
	at := bytes.Index(rest.Bytes(), list) + len(list)
	r.out.Write(rest.Bytes()[:at])
	for i := range parts {
		if i > 0 {
			r.out.WriteByte(',')
		}
		r.out.WriteString("\n" + findingIndent)
		r.out.Write(bytes.TrimSuffix(parts[i].Bytes(), []byte("\n")))
	}
	if len(parts) > 0 {
		r.out.WriteString("\n  ")
	}
	r.out.Write(rest.Bytes()[at:])
	return nil
}

// findingIndent is the indentation of a finding in the findings list.
const findingIndent = "    "

// encodeJSON writes v to w indented by two spaces, each line after the
// first starting with prefix, leaving <, > and & as they are.
func encodeJSON(w io.Writer, v any, prefix string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	return enc.Encode(v)
}
