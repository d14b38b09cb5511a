package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	tfjson "github.com/hashicorp/terraform-json"
)

// Load reads a plan or state JSON file (the output of
// `terraform show -json`) into resource instances. path is used in ranges
// and messages. A file that is not valid JSON, not a plan or state, or of
// a format version vpclint cannot read gives an error diagnostic (and a
// nil plan) naming the file and, where it can, the line. An incomplete plan
// (Terraform's "complete": false) loads with a warning.
func Load(path string, src []byte) (p *Plan, diags hcl.Diagnostics) {
	defer func() {
		if r := recover(); r != nil {
			p = nil
			diags = hcl.Diagnostics{errorf(fileStart(path), "Internal error reading plan JSON",
				"vpclint failed while reading %s: %v. Please report this with the file.", path, r)}
		}
	}()
	k, version, diag := detect(path, src)
	if diag != nil {
		return nil, hcl.Diagnostics{diag}
	}
	if k == kindState {
		var st tfjson.State
		st.UseJSONNumber(true)
		if err := json.Unmarshal(src, &st); err != nil {
			return nil, hcl.Diagnostics{decodeError(path, src, "state", version, err)}
		}
		l := newLoader(path, src, nil)
		return &Plan{Instances: l.values(st.Values, "values")}, nil
	}
	var tp tfjson.Plan
	tp.UseJSONNumber(true)
	if err := json.Unmarshal(src, &tp); err != nil {
		return nil, hcl.Diagnostics{decodeError(path, src, "plan", version, err)}
	}
	p = newLoader(path, src, tp.Config).plan(&tp)
	if tp.Complete != nil && !*tp.Complete {
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagWarning,
			Summary:  "Incomplete plan",
			Detail: fmt.Sprintf("%s is an incomplete plan (made with -target, or with deferred changes): "+
				"resources it does not cover are missing, so findings about them, or about resources that depend on them, may be wrong.", path),
			Subject: topMemberRange(path, src, "complete").Ptr(),
		})
	}
	return p, diags
}

// kind is what a JSON file holds.
type kind int

const (
	kindPlan kind = iota
	kindState
)

// planKeys are top-level keys only a plan has.
var planKeys = []string{"planned_values", "resource_changes", "prior_state", "configuration", "resource_drift", "output_changes"}

// configKeys are top-level keys of Terraform configuration JSON (.tf.json).
var configKeys = []string{"resource", "provider", "terraform", "variable", "module", "data", "output", "locals"}

// detect checks that src is one JSON object that looks like a plan or a
// state and tells which, with its format_version as written ("" when it
// has none).
func detect(path string, src []byte) (k kind, version string, diag *hcl.Diagnostic) {
	if len(bytes.TrimSpace(src)) == 0 {
		return 0, "", errorf(fileStart(path), "Empty plan file",
			"%s is empty; expected the output of `terraform show -json PLANFILE`.", path)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(src, &top); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			at := offsetRange(path, src, int(syn.Offset))
			return 0, "", errorf(at, "Invalid JSON",
				"%s is not valid JSON: %s (at line %d, column %d).", path, syn, at.Start.Line, at.Start.Column)
		}
		return 0, "", errorf(fileStart(path), "Not a Terraform plan",
			"%s is JSON but not an object; expected the output of `terraform show -json PLANFILE`.", path)
	}
	_ = json.Unmarshal(top["format_version"], &version)
	for _, key := range planKeys {
		if _, ok := top[key]; ok {
			return kindPlan, version, nil
		}
	}
	_, hasValues := top["values"]
	_, hasVersion := top["format_version"]
	_, hasTFVersion := top["terraform_version"]
	if hasValues || hasVersion && hasTFVersion {
		// An empty state shows as just the two version keys.
		return kindState, version, nil
	}
	for _, key := range configKeys {
		if _, ok := top[key]; ok {
			return 0, "", errorf(fileStart(path), "Not a Terraform plan",
				"%s looks like Terraform configuration in JSON syntax (it has a top-level %q), not a plan. "+
					"Name it *.tf.json to lint it as configuration, or lint the output of `terraform show -json PLANFILE`.", path, key)
		}
	}
	return 0, "", errorf(fileStart(path), "Not a Terraform plan",
		"%s has neither planned_values nor values; expected the output of `terraform show -json PLANFILE` (or of a state file).", path)
}

// decodeError turns a terraform-json decoding error into a diagnostic.
// version is the file's format_version as written.
func decodeError(path string, src []byte, what, version string, err error) *hcl.Diagnostic {
	msg := err.Error()
	if what == "plan" && strings.Contains(msg, "state") {
		// terraform-json validates prior_state as a state of its own.
		return errorf(topMemberRange(path, src, "prior_state"), "Invalid plan JSON",
			"%s: prior_state is not a Terraform state (%s); Terraform always writes its format_version.", path, msg)
	}
	if strings.Contains(msg, "format version") {
		at := topMemberRange(path, src, "format_version")
		found := fmt.Sprintf("has format_version %q", version)
		if version == "" {
			found = "has no format_version (format version is missing)"
		}
		return errorf(at, "Unsupported plan format version",
			"%s %s: vpclint reads the JSON %s format of `terraform show -json`, format versions 0.x and 1.x (Terraform 0.12 and later).", path, found, what)
	}
	at := fileStart(path)
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) && typ.Field != "" {
		field, _, _ := strings.Cut(typ.Field, ".")
		if r := topMemberRange(path, src, field); r.Filename != "" {
			at = r
		}
	}
	return errorf(at, "Invalid plan JSON", "%s is not a valid Terraform %s: %s.", path, what, msg)
}

// topMemberRange returns the range of a top-level member's value, or the
// start of the file when it is not found.
func topMemberRange(path string, src []byte, key string) hcl.Range {
	l := newLocated(path, src)
	if r := l.rangeOf(key); r.Filename != "" {
		return r
	}
	return fileStart(path)
}

// fileStart is the range of the start of the file.
func fileStart(path string) hcl.Range {
	p := hcl.Pos{Line: 1, Column: 1}
	return hcl.Range{Filename: path, Start: p, End: p}
}

// offsetRange is the range of the byte at which a JSON decoder that read
// off bytes stopped: the byte before off (the last one of a truncated
// file).
func offsetRange(path string, src []byte, off int) hcl.Range {
	at := min(max(off-1, 0), len(src))
	end := min(at+1, len(src))
	ps := newPositions(src, []int{at, end})
	return hcl.Range{Filename: path, Start: ps.pos(at), End: ps.pos(end)}
}
