package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
)

// Options is what Write needs besides the findings.
type Options struct {
	// Color turns on ANSI colours in the text format.
	Color bool
	// Sources maps a file name, as it appears in hcl.Range.Filename, to
	// the file's bytes. They give the text format its source lines, and
	// every format its UTF-16 columns; a finding in a file missing here
	// is still reported, without a source line.
	Sources map[string][]byte
	// Rules are all the rules that ran, with or without findings (SARIF
	// rules[], JUnit test cases). Rules of findings that are not listed
	// here are added.
	Rules []*lint.Rule
	// Version is vpclint's version; a release version (1.2.3 or v1.2.3)
	// makes rule documentation links point at its tag, anything else at
	// the main branch.
	Version string
	// BaseDir is the folder that absolute paths are made relative to,
	// normally the current folder. Empty leaves paths as they are.
	BaseDir string
	// Modules is the number of modules analysed, for the text summary;
	// 0 leaves it out.
	Modules int
	// Errors are the problems that kept part of the input from being
	// analysed (a module that could not be loaded); the findings are then
	// those of the rest. The text summary says the analysis is incomplete,
	// and SARIF marks its invocation as unsuccessful and lists them as tool
	// execution notifications. The other formats leave them to the exit
	// status and stderr.
	Errors []Problem
}

// Problem is an error that kept part of the input from being analysed.
type Problem struct {
	// Message says what went wrong.
	Message string
	// Range is where; a Range without a Filename is nowhere in particular.
	Range hcl.Range
}

// formats lists every format, in the order Formats returns them.
var formats = []struct {
	name  string
	write func(*renderer) error
}{
	{"text", (*renderer).text},
	{"json", (*renderer).json},
	{"sarif", (*renderer).sarif},
	{"github", (*renderer).github},
	{"compact", (*renderer).compact},
	{"checkstyle", (*renderer).checkstyle},
	{"junit", (*renderer).junit},
}

// Formats returns the names of the formats Write accepts, "text" first.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// Write renders findings in the named format to w, in the order given
// (lint.Run sorts them by file, line, column and rule). The output is built
// whole before anything is written, so a failed render writes nothing.
func Write(w io.Writer, format string, findings []lint.Finding, opts Options) error {
	for _, f := range formats {
		if f.name != format {
			continue
		}
		r := &renderer{opts: opts, findings: findings, src: newSources(opts.Sources, opts.BaseDir)}
		if err := f.write(r); err != nil {
			return fmt.Errorf("rendering %s report: %w", format, err)
		}
		_, err := w.Write(r.out.Bytes())
		return err
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
}

// renderer holds one Write call's inputs and output buffer.
type renderer struct {
	opts     Options
	findings []lint.Finding
	src      *sources
	out      bytes.Buffer
}
