package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
)

const (
	sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// srcRoot is the uriBaseId of every relative artifact URI.
	srcRoot = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	AutomationDetails  sarifAutomation                  `json:"automationDetails"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                           `json:"columnKind"`
	Invocations        []sarifInvocation                `json:"invocations,omitempty"`
	Results            []sarifResult                    `json:"results"`
}

// sarifInvocation is written only for a run that could not analyse all of
// its input: executionSuccessful false, with the errors.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     *sarifText      `json:"shortDescription,omitempty"`
	FullDescription      *sarifText      `json:"fullDescription,omitempty"`
	Help                 sarifHelp       `json:"help"`
	HelpURI              string          `json:"helpUri"`
	DefaultConfiguration sarifConfig     `json:"defaultConfiguration"`
	Properties           sarifRuleFields `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

// sarifRuleFields is a rule's property bag, as GitHub code scanning reads it.
type sarifRuleFields struct {
	SecuritySeverity string   `json:"security-severity,omitempty"`
	Tags             []string `json:"tags,omitempty"`
	Precision        string   `json:"precision"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               *int                   `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation  `json:"physicalLocation"`
	LogicalLocations []sarifLogicalLocation `json:"logicalLocations,omitempty"`
	Message          *sarifText             `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifLogicalLocation struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

// sarif writes one SARIF 2.1.0 log with a single run.
func (r *renderer) sarif() error {
	rules := ruleList(r.opts.Rules, r.findings)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "vpclint",
			Version:        toolVersion(r.opts.Version),
			InformationURI: repoURL,
			Rules:          make([]sarifRule, len(rules)),
		}},
		AutomationDetails: sarifAutomation{ID: "vpclint/"},
		ColumnKind:        "utf16CodeUnits",
		Results:           []sarifResult{},
	}
	index := map[string]int{}
	for i, rule := range rules {
		run.Tool.Driver.Rules[i] = sarifRuleOf(rule, r.opts.Version)
		index[rule.ID] = i
	}
	if filepath.IsAbs(r.opts.BaseDir) {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			srcRoot: {URI: fileURI(filepath.ToSlash(r.opts.BaseDir) + "/")},
		}
	}
	if len(r.opts.Errors) > 0 {
		inv := sarifInvocation{ExecutionSuccessful: false}
		for _, p := range r.opts.Errors {
			n := sarifNotification{Level: "error", Message: sarifText{Text: sentence(p.Message)}}
			if p.Range.Filename != "" {
				n.Locations = []sarifLocation{r.sarifLocation(p.Range)}
			}
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
		}
		run.Invocations = []sarifInvocation{inv}
	}
	prints := fingerprints(r.findings, r.src)
	for i, f := range r.findings {
		res := sarifResult{
			RuleID:              ruleID(f),
			Level:               f.Severity.String(),
			Message:             sarifText{Text: sentence(f.Message)},
			Locations:           []sarifLocation{r.sarifLocation(f.Range)},
			PartialFingerprints: map[string]string{FingerprintKey: prints[i]},
		}
		if i, ok := index[res.RuleID]; ok {
			res.RuleIndex = &i
		}
		if f.Resource != "" {
			res.Locations[0].LogicalLocations = []sarifLogicalLocation{{FullyQualifiedName: f.Resource, Kind: "resource"}}
		}
		for i, rel := range f.Related {
			loc := r.sarifLocation(rel.Range)
			id := i + 1
			loc.ID, loc.Message = &id, &sarifText{Text: sentence(rel.Message)}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		run.Results = append(run.Results, res)
	}
	return encodeJSON(&r.out, sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}}, "")
}

func sarifRuleOf(r *lint.Rule, version string) sarifRule {
	sr := sarifRule{
		ID:                   r.ID,
		Name:                 camelCase(r.ID),
		Help:                 sarifHelp{Text: ruleHelpText(r), Markdown: RuleMarkdown(r)},
		HelpURI:              DocURL(r.ID, version),
		DefaultConfiguration: sarifConfig{Level: r.Severity.String()},
		Properties:           sarifRuleFields{Tags: r.Tags, Precision: "high"},
	}
	if r.Doc.Summary != "" {
		sr.ShortDescription = &sarifText{Text: sentence(r.Doc.Summary)}
	}
	if r.Doc.Why != "" {
		sr.FullDescription = &sarifText{Text: sentence(r.Doc.Why)}
	}
	if r.SecuritySeverity > 0 {
		sr.Properties.SecuritySeverity = strconv.FormatFloat(min(r.SecuritySeverity, 10), 'f', 1, 64)
	}
	return sr
}

func (r *renderer) sarifLocation(rng hcl.Range) sarifLocation {
	sp := r.src.span(rng)
	return sarifLocation{PhysicalLocation: sarifPhysicalLocation{
		ArtifactLocation: artifact(sp.File),
		Region:           sarifRegion{StartLine: sp.Line, StartColumn: sp.Col, EndLine: sp.EndLine, EndColumn: sp.EndCol},
	}}
}

// artifact returns the location of a file given by a slash path: a URI
// relative to %SRCROOT%, or a file URI when the path is absolute.
func artifact(path string) sarifArtifactLocation {
	if strings.HasPrefix(path, "/") || filepath.VolumeName(filepath.FromSlash(path)) != "" {
		return sarifArtifactLocation{URI: fileURI(path)}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: path}).String(), URIBaseID: srcRoot}
}

// fileURI returns the file URI of an absolute slash path.
func fileURI(path string) string {
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows path with a drive letter
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// FingerprintKey names SARIF's partialFingerprints entry, and the kind of
// fingerprint Fingerprints returns; its version is bumped whenever the
// fingerprint's inputs change, which invalidates baselines written before.
const FingerprintKey = "vpclint/v1"

// Fingerprints returns, in order, a fingerprint for each finding that
// identifies it across runs without its line number, so that editing lines
// above it does not make it new: a hash of the rule, the resource address,
// the file (relative to baseDir, as in Options) and the whitespace-normalised
// text of the line it starts on (from sources, as in Options), with the
// count of earlier findings sharing that hash appended (":1", ":2") to tell
// them apart. It is SARIF's partialFingerprints[FingerprintKey], and what a
// baseline file records.
func Fingerprints(findings []lint.Finding, sources map[string][]byte, baseDir string) []string {
	return fingerprints(findings, newSources(sources, baseDir))
}

func fingerprints(findings []lint.Finding, src *sources) []string {
	seen := map[string]int{}
	out := make([]string, len(findings))
	for i, f := range findings {
		line := src.line(f.Range.Filename, f.Range.Start.Line)
		key := strings.Join([]string{ruleID(f), f.Resource, src.path(f.Range.Filename), strings.Join(strings.Fields(line), " ")}, "\x00")
		sum := sha256.Sum256([]byte(key))
		h := hex.EncodeToString(sum[:16])
		seen[h]++
		out[i] = fmt.Sprintf("%s:%d", h, seen[h])
	}
	return out
}

// toolVersion returns version as SARIF validators want it, starting with a
// digit: "v1.2.3" becomes "1.2.3", and a development build ("dev",
// "(devel)", "") becomes "0.0.0-dev".
func toolVersion(version string) string {
	version = strings.TrimPrefix(version, "v")
	if version == "" || version[0] < '0' || version[0] > '9' {
		return "0.0.0-dev"
	}
	return version
}

// sentence ends s with a full stop unless it already ends with one, as
// SARIF asks of its messages (our messages themselves have none).
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}
