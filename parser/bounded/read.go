// Package bounded reads Terraform configuration and variables files (.tf,
// .tf.json, .tfvars, .tfvars.json) within bounds, so that no file can crash
// vpclint, hang it or exhaust its memory: it reads only regular files (a
// FIFO would block the read forever), up to MaxFileSize bytes, refuses
// binary files and expressions nested deeper than MaxNesting (the HCL
// parser and evaluator recurse once per level, and Go cannot recover from
// a stack overflow), and keeps the first maxErrors errors of a file
// (printing a diagnostic rescans its file, so a binary or generated file
// with ten thousand errors would take hours to report).
package bounded

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/json"
)

// MaxFileSize bounds the size of one file. The HCL parser takes about a
// hundred times a file's size in memory (a 50 MB file: 5 GB and 14 s), and
// the largest hand-written file of the public corpus is 75 KB.
const MaxFileSize = 16 << 20

// maxErrors is how many errors of one file are reported.
const maxErrors = 10

// Read reads and parses one file, as JSON when its name ends in ".json".
//
// It never returns a nil file. When the file cannot be read or parsed
// safely, it returns an empty file without source bytes (so that a parser
// cache holding it never reads the file again, and no binary or megabyte
// line is printed as a source snippet) and an error located in the file,
// which marks its module as not analysed.
func Read(path string) (*hcl.File, hcl.Diagnostics) {
	src, diag := ReadFile(path, MaxFileSize)
	if diag != nil {
		return placeholder(), hcl.Diagnostics{diag}
	}
	return Parse(path, src)
}

// Parse parses src, the bytes of the file path that ReadFile read (at most
// MaxFileSize), as Read does.
func Parse(path string, src []byte) (*hcl.File, hcl.Diagnostics) {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return placeholder(), hcl.Diagnostics{errorAt(path, src, i, "Binary file",
			fmt.Sprintf("%s holds a NUL byte, so it is not a text file; Terraform configuration files are UTF-8 text.", path))}
	}
	isJSON := strings.HasSuffix(path, ".json")
	var deep *hcl.Diagnostic
	if isJSON {
		deep = checkJSONNesting(path, src)
	} else {
		deep = checkNesting(path, src)
	}
	if deep != nil {
		return placeholder(), hcl.Diagnostics{deep}
	}
	var f *hcl.File
	var diags hcl.Diagnostics
	if isJSON {
		f, diags = json.Parse(src, path)
	} else {
		f, diags = hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	}
	if f == nil || f.Body == nil {
		f = &hcl.File{Body: hcl.EmptyBody(), Bytes: src}
	}
	return f, capErrors(path, diags)
}

// ReadFile reads a regular file of at most limit bytes; the error is
// located at the start of the file.
func ReadFile(path string, limit int64) ([]byte, *hcl.Diagnostic) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, errorAt(path, nil, 0, "Cannot read file", err.Error())
	}
	if !st.Mode().IsRegular() {
		return nil, errorAt(path, nil, 0, "Cannot read file",
			fmt.Sprintf("%s is %s, not a regular file; vpclint reads only regular files.", path, kind(st.Mode())))
	}
	if st.Size() > limit {
		return nil, errorAt(path, nil, 0, "File too large",
			fmt.Sprintf("%s is %d bytes; vpclint reads files of up to %d bytes.", path, st.Size(), limit))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, errorAt(path, nil, 0, "Cannot read file", err.Error())
	}
	defer f.Close()
	src, err := readAtMost(f, st.Size(), limit+1)
	if err != nil {
		return nil, errorAt(path, nil, 0, "Cannot read file", err.Error())
	}
	if int64(len(src)) > limit {
		return nil, errorAt(path, nil, 0, "File too large",
			fmt.Sprintf("%s grew beyond %d bytes while it was read.", path, limit))
	}
	return src, nil
}

// readAtMost reads r to its end, or to limit bytes, into a buffer sized for
// the size the file had when it was checked (plus one byte, to see the
// end): a file read in one call, where io.ReadAll would grow its buffer
// from 512 bytes with a read per step.
func readAtMost(r io.Reader, size, limit int64) ([]byte, error) {
	buf := make([]byte, 0, min(size+1, limit))
	for int64(len(buf)) < limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew: let append pick the next size
		}
		n, err := r.Read(buf[len(buf):min(int64(cap(buf)), limit)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
	return buf, nil
}

// kind names the type of a file that is not regular.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	}
	return "a special file"
}

// capErrors keeps the first maxErrors errors of a file's diagnostics, and
// all its warnings, and says how many errors it dropped.
func capErrors(path string, diags hcl.Diagnostics) hcl.Diagnostics {
	var out hcl.Diagnostics
	var dropped int
	var next *hcl.Range
	errs := 0
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			out = append(out, d)
			continue
		}
		errs++
		if errs <= maxErrors {
			out = append(out, d)
			continue
		}
		if dropped == 0 {
			next = d.Subject
		}
		dropped++
	}
	if dropped > 0 {
		if next == nil {
			next = &hcl.Range{Filename: path, Start: hcl.InitialPos, End: hcl.InitialPos}
		}
		out = append(out, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Too many errors",
			Detail:   fmt.Sprintf("%s has %d more errors, from here on, that are not shown; fix the ones above first.", path, dropped),
			Subject:  next,
		})
	}
	return out
}

// placeholder returns the empty file that stands for a file that was not
// parsed.
func placeholder() *hcl.File {
	return &hcl.File{Body: hcl.EmptyBody()}
}

// errorAt returns an error diagnostic located at byte offset i of src (the
// start of the file when src is nil).
func errorAt(path string, src []byte, i int, summary, detail string) *hcl.Diagnostic {
	r := rangeAt(path, src, i)
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: &r}
}

// posAt returns the line and column (in bytes) of byte offset i of src.
func posAt(src []byte, i int) hcl.Pos {
	before := src[:min(i, len(src))]
	line := bytes.Count(before, []byte{'\n'}) + 1
	return hcl.Pos{Line: line, Column: len(before) - bytes.LastIndexByte(before, '\n'), Byte: len(before)}
}
