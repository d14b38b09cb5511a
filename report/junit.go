package report

import (
	"encoding/xml"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/vpclint/vpclint/lint"
)

type junitReport struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// junit writes JUnit XML: a test suite per rule, and in it a failed test
// case per module folder the rule has findings in (listing them), or a
// single passing case "all modules" when it has none.
func (r *renderer) junit() error {
	byRule := map[string]map[string][]lint.Finding{} // rule ID -> module folder -> findings
	var ids []string
	for _, rule := range ruleList(r.opts.Rules, r.findings) {
		ids = append(ids, rule.ID)
	}
	for _, f := range r.findings {
		id, dir := ruleID(f), path.Dir(r.src.path(f.Range.Filename))
		if byRule[id] == nil {
			byRule[id] = map[string][]lint.Finding{}
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		byRule[id][dir] = append(byRule[id][dir], f)
	}
	slices.Sort(ids)

	doc := junitReport{Name: "vpclint"}
	for _, id := range ids {
		suite := junitSuite{Name: id}
		dirs := byRule[id]
		if len(dirs) == 0 {
			suite.Cases = []junitCase{{Name: "all modules", Classname: "vpclint." + id}}
		}
		for _, dir := range slices.Sorted(maps.Keys(dirs)) {
			suite.Cases = append(suite.Cases, junitCase{Name: dir, Classname: "vpclint." + id, Failure: r.junitFailure(dirs[dir])})
			suite.Failures++
		}
		suite.Tests = len(suite.Cases)
		doc.Tests += suite.Tests
		doc.Failures += suite.Failures
		doc.Suites = append(doc.Suites, suite)
	}
	return r.encodeXML(doc)
}

// junitFailure lists a test case's findings, one compact line each; its
// type is the most severe finding's severity.
func (r *renderer) junitFailure(findings []lint.Finding) *junitFailure {
	worst := lint.Note
	var lines []string
	for _, f := range findings {
		worst = min(worst, f.Severity)
		sp := r.src.span(f.Range)
		lines = append(lines, fmt.Sprintf("%s:%d:%d: %s: %s", sp.File, sp.Line, sp.Col, f.Severity, f.Message))
	}
	msg := findings[0].Message
	if len(findings) > 1 {
		msg = plural(len(findings), "finding")
	}
	return &junitFailure{Message: msg, Type: worst.String(), Text: strings.Join(lines, "\n")}
}
