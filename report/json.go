package report

import "encoding/json"

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
func (r *renderer) json() error {
	doc := jsonReport{Version: r.opts.Version, Findings: []jsonFinding{}}
	for _, f := range r.findings {
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
		doc.Findings = append(doc.Findings, jf)
	}
	t := count(r.findings)
	doc.Summary = jsonSummary{Errors: t.errors, Warnings: t.warnings, Notes: t.notes}
	return r.encodeJSON(doc)
}

// encodeJSON writes v indented by two spaces, leaving <, > and & as they are.
func (r *renderer) encodeJSON(v any) error {
	enc := json.NewEncoder(&r.out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
