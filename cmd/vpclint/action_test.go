package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	ctyyaml "github.com/zclconf/go-cty-yaml"
	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/vpclint/vpclint/report"
)

// repoRoot is the repository root, from this package's folder.
var repoRoot = filepath.Join("..", "..")

// decodeYAML reads a YAML file into v, through cty (go-cty-yaml is already
// a dependency, for Terraform's yamldecode) and JSON.
func decodeYAML(t *testing.T, path string, v any) []byte {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ty, err := ctyyaml.Standard.ImpliedType(src)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	val, err := ctyyaml.Standard.Unmarshal(src, ty)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	data, err := ctyjson.Marshal(val, ty)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return src
}

// actionMetadata is the part of action.yml that the checks below read.
type actionMetadata struct {
	Name   string `json:"name"`
	Inputs map[string]struct {
		Description string `json:"description"`
		Default     string `json:"default"`
	} `json:"inputs"`
	Outputs map[string]struct {
		Value string `json:"value"`
	} `json:"outputs"`
	Runs struct {
		Using string `json:"using"`
		Steps []struct {
			ID    string            `json:"id"`
			Uses  string            `json:"uses"`
			Run   string            `json:"run"`
			Shell string            `json:"shell"`
			Env   map[string]string `json:"env"`
		} `json:"steps"`
	} `json:"runs"`
}

// TestActionMetadata checks what actionlint does not: the composite
// steps of action.yml (actionlint reads only its inputs and outputs), and
// that its inputs reach vpclint as flags the command has.
func TestActionMetadata(t *testing.T) {
	var a actionMetadata
	src := decodeYAML(t, filepath.Join(repoRoot, "action.yml"), &a)
	if a.Name == "" || a.Runs.Using != "composite" || len(a.Runs.Steps) == 0 {
		t.Fatalf("action.yml: want a named composite action, got name %q, using %q, %d steps", a.Name, a.Runs.Using, len(a.Runs.Steps))
	}
	for name, in := range a.Inputs {
		if in.Description == "" {
			t.Errorf("input %s has no description", name)
		}
	}
	if !slices.Contains(report.Formats(), a.Inputs["format"].Default) {
		t.Errorf("input format defaults to %q, not a format", a.Inputs["format"].Default)
	}
	for _, m := range regexp.MustCompile(`inputs\.([\w-]+)`).FindAllStringSubmatch(string(src), -1) {
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("action.yml uses undeclared input %s", m[1])
		}
	}
	ids := map[string]bool{}
	env := map[string]bool{}
	for i, s := range a.Runs.Steps {
		ids[s.ID] = true
		switch {
		case s.Run != "" && s.Shell == "":
			t.Errorf("step %d runs a command without a shell, which a composite action requires", i+1)
		case s.Uses != "" && !regexp.MustCompile(`^[\w.-]+/[\w./-]+@[\w.-]+$`).MatchString(s.Uses):
			t.Errorf("step %d uses %q, not owner/repo@ref", i+1, s.Uses)
		}
		for k := range s.Env {
			env[k] = true
		}
	}
	for name, out := range a.Outputs {
		for _, m := range regexp.MustCompile(`steps\.([\w-]+)\.`).FindAllStringSubmatch(out.Value, -1) {
			if !ids[m[1]] {
				t.Errorf("output %s reads step %s, which does not exist", name, m[1])
			}
		}
	}

	// Each input but the installer's reaches the run script as INPUT_<NAME>,
	// and the script passes it on as a flag vpclint has.
	script, err := os.ReadFile(filepath.Join(repoRoot, "scripts", "action-run.sh"))
	if err != nil {
		t.Fatal(err)
	}
	for name := range a.Inputs {
		if name == "version" || name == "go-version" {
			continue
		}
		v := "INPUT_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
		if !env[v] || !strings.Contains(string(script), "${"+v) {
			t.Errorf("input %s does not reach scripts/action-run.sh as %s", name, v)
		}
	}
	fs := newFlagSet(&options{})
	for _, m := range regexp.MustCompile(`args\+?=\(--([\w-]+)`).FindAllStringSubmatch(string(script), -1) {
		if fs.Lookup(m[1]) == nil {
			t.Errorf("scripts/action-run.sh passes --%s, which vpclint does not have", m[1])
		}
	}
	if st, err := os.Stat(filepath.Join(repoRoot, "scripts", "action-run.sh")); err != nil || st.Mode()&0o111 == 0 {
		t.Errorf("scripts/action-run.sh is not executable (%v)", err)
	}
}

// TestPreCommitHook checks the hook definition: the files it selects and
// that its entry is this command.
func TestPreCommitHook(t *testing.T) {
	var hooks []struct {
		ID            string `json:"id"`
		Entry         string `json:"entry"`
		Language      string `json:"language"`
		Files         string `json:"files"`
		PassFilenames bool   `json:"pass_filenames"`
	}
	decodeYAML(t, filepath.Join(repoRoot, ".pre-commit-hooks.yaml"), &hooks)
	if len(hooks) != 1 || hooks[0].ID != "vpclint" || hooks[0].Entry != "vpclint" || hooks[0].Language != "golang" || !hooks[0].PassFilenames {
		t.Fatalf("hooks = %+v, want one golang hook vpclint passing file names", hooks)
	}
	files := regexp.MustCompile(hooks[0].Files)
	for name, want := range map[string]bool{
		"main.tf": true, "net/vpc.tf.json": true, "prod.tfvars": true,
		"plan.json": false, "main.tf.bak": false, "README.md": false, "x.tfstate": false,
	} {
		if got := files.MatchString(name); got != want {
			t.Errorf("files matches %s = %v, want %v", name, got, want)
		}
	}
}
