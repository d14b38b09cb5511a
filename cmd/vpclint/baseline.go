package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/parser/bounded"
	"github.com/vpclint/vpclint/report"
)

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// maxBaselineSize bounds the size of a baseline file: about 200,000
// findings, at some 300 bytes each.
const maxBaselineSize = 64 << 20

// baselineFile is a baseline as written to disk: the findings accepted when
// it was written, each known by its fingerprint (report.Fingerprints, the
// same as SARIF's partialFingerprints), which does not change when lines
// are added or removed above the finding. Rule, file and message are for
// the people reviewing the file; only the fingerprint is matched.
type baselineFile struct {
	Version int `json:"version"`
	// Fingerprints names the fingerprint kind (report.FingerprintKey), so
	// that a baseline from before a change of fingerprint is refused
	// instead of silently matching nothing.
	Fingerprints string            `json:"fingerprints"`
	Findings     []baselineFinding `json:"findings"`
}

type baselineFinding struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	// File is relative to the baseline file's folder, with slashes.
	File     string `json:"file"`
	Resource string `json:"resource,omitempty"`
	Message  string `json:"message"`
}

// baseline is a loaded baseline file.
type baseline struct {
	// dir is the absolute folder of the file: fingerprints hash file paths
	// relative to it, so the baseline works from any working folder.
	dir    string
	accept map[string]bool // fingerprints
}

// readBaseline reads the baseline file at path. Every problem is an error
// naming the file (and the line, for malformed JSON).
func readBaseline(path string) (*baseline, hcl.Diagnostics) {
	dir, err := baselineDir(path)
	if err != nil {
		return nil, hcl.Diagnostics{plainError("Cannot read the baseline", err.Error())}
	}
	// Read within bounds, so that a FIFO or a huge file cannot hang the
	// run or exhaust its memory.
	data, diag := bounded.ReadFile(path, maxBaselineSize)
	if diag != nil {
		// The detail names the file; it has no source line to show.
		detail := diag.Detail
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			detail += ". Write one with --baseline-write."
		}
		return nil, hcl.Diagnostics{plainError("Cannot read the baseline", detail)}
	}
	var f baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, hcl.Diagnostics{jsonError(path, data, dec.InputOffset(), err)}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, hcl.Diagnostics{jsonError(path, data, dec.InputOffset(), errors.New("extra data after the baseline's object"))}
	}
	if f.Version != baselineVersion || f.Fingerprints != report.FingerprintKey {
		return nil, hcl.Diagnostics{plainError("Invalid baseline", fmt.Sprintf(
			"%s is not a baseline this vpclint reads: it has version %d and fingerprints %q, want version %d and fingerprints %q. Write it again with --baseline-write.",
			path, f.Version, f.Fingerprints, baselineVersion, report.FingerprintKey))}
	}
	b := &baseline{dir: dir, accept: map[string]bool{}}
	for i, bf := range f.Findings {
		if bf.Fingerprint == "" {
			return nil, hcl.Diagnostics{plainError("Invalid baseline", fmt.Sprintf("%s: finding %d has no fingerprint", path, i+1))}
		}
		b.accept[bf.Fingerprint] = true
	}
	return b, nil
}

// jsonError turns a JSON decoding error at byte offset into a diagnostic
// with the file and line.
func jsonError(path string, data []byte, offset int64, err error) *hcl.Diagnostic {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		offset = syn.Offset
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		offset = typ.Offset
	}
	offset = min(max(offset, 0), int64(len(data)))
	line := 1 + bytes.Count(data[:offset], []byte("\n"))
	pos := hcl.Pos{Line: line, Column: 1 + int(offset) - (bytes.LastIndexByte(data[:offset], '\n') + 1), Byte: int(offset)}
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Invalid baseline",
		Detail:   fmt.Sprintf("%s is not a vpclint baseline: %v. Write it again with --baseline-write.", path, err),
		Subject:  &hcl.Range{Filename: path, Start: pos, End: pos},
	}
}

// filter returns the findings whose fingerprint the baseline does not
// accept, and how many it dropped.
func (b *baseline) filter(findings []lint.Finding, sources map[string][]byte, cwd string) ([]lint.Finding, int) {
	prints := baselinePrints(findings, sources, cwd, b.dir)
	var kept []lint.Finding
	for i, f := range findings {
		if !b.accept[prints[i]] {
			kept = append(kept, f)
		}
	}
	return kept, len(findings) - len(kept)
}

// writeBaseline writes every finding to a new baseline file at path.
func writeBaseline(path string, findings []lint.Finding, sources map[string][]byte, cwd string) error {
	dir, err := baselineDir(path)
	if err != nil {
		return err
	}
	prints := baselinePrints(findings, sources, cwd, dir)
	f := baselineFile{Version: baselineVersion, Fingerprints: report.FingerprintKey, Findings: []baselineFinding{}}
	for i, fd := range findings {
		rel, err := filepath.Rel(dir, absPath(cwd, fd.Range.Filename))
		if err != nil {
			rel = fd.Range.Filename
		}
		rule := "unknown"
		if fd.Rule != nil {
			rule = fd.Rule.ID
		}
		f.Findings = append(f.Findings, baselineFinding{
			Fingerprint: prints[i], Rule: rule, File: filepath.ToSlash(rel), Resource: fd.Resource, Message: fd.Message,
		})
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// baselinePrints returns the findings' fingerprints with file paths taken
// relative to dir, the baseline's folder, whatever the working folder cwd.
func baselinePrints(findings []lint.Finding, sources map[string][]byte, cwd, dir string) []string {
	abs := make(map[string][]byte, len(sources))
	for name, data := range sources {
		abs[absPath(cwd, name)] = data
	}
	moved := slices.Clone(findings)
	for i := range moved {
		moved[i].Range.Filename = absPath(cwd, moved[i].Range.Filename)
	}
	return report.Fingerprints(moved, abs, dir)
}

// baselineDir returns the absolute folder of the baseline file at path.
func baselineDir(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.Dir(abs), nil
}

// absPath returns name made absolute against cwd.
func absPath(cwd, name string) string {
	if filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(cwd, name)
}
