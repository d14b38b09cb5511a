package eval

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/vpclint/vpclint/internal/gen"
)

// TestPartValuesAgree loads every module folder of the fixtures, of the
// real-world corpus and of a generated tree twice: with the objects of
// resources read attribute by attribute holding only what is read (as
// vpclint runs), and with whole objects (wholeValues). Every instance,
// every diagnostic and every expression that could not be evaluated must be
// the same: an attribute the analysis missed would fail to evaluate in the
// first load only.
func TestPartValuesAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	tree, _, err := gen.Cached(gen.Config{Roots: 12, Seed: gen.DefaultSeed})
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, top := range []string{"../../testdata", realCorpus, tree} {
		if _, err := os.Stat(top); err != nil {
			continue
		}
		_ = filepath.WalkDir(top, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != top:
				return filepath.SkipDir
			case !d.IsDir() && (strings.HasSuffix(path, ".tf") || strings.HasSuffix(path, ".tf.json")) &&
				!slices.Contains(dirs, filepath.Dir(path)):
				dirs = append(dirs, filepath.Dir(path))
			}
			return nil
		})
	}
	compared := 0
	for _, dir := range dirs {
		compared += checkPartValues(t, dir, Options{})
	}
	if compared < 1000 {
		t.Errorf("compared %d instances of %d folders; the test is meant to see many", compared, len(dirs))
	}
	t.Logf("%d folders, %d instances", len(dirs), compared)
}

// checkPartValues loads dir as vpclint does and with whole values, reports
// any difference, and returns the number of instances compared.
func checkPartValues(t *testing.T, dir string, opts Options) int {
	t.Helper()
	defer func() { wholeValues = false }()
	wholeValues = false
	part, partDiags := load(t, dir, opts)
	wholeValues = true
	whole, wholeDiags := load(t, dir, opts)
	if got, want := diagTexts(partDiags), diagTexts(wholeDiags); !slices.Equal(got, want) {
		t.Errorf("%s: diagnostics\n%s\nwith whole values\n%s", dir, got, want)
	}
	if got, want := diagTexts(part.Unevaluated), diagTexts(whole.Unevaluated); !slices.Equal(got, want) {
		t.Errorf("%s: not evaluated\n%s\nwith whole values\n%s", dir, got, want)
	}
	if len(part.Instances) != len(whole.Instances) {
		t.Errorf("%s: %d instances, %d with whole values", dir, len(part.Instances), len(whole.Instances))
		return 0
	}
	for i, inst := range part.Instances {
		if !reflect.DeepEqual(inst, whole.Instances[i]) {
			t.Errorf("%s: instance %s differs from the one with whole values:\n%#v\n%#v", dir, inst.Address, inst.Body, whole.Instances[i].Body)
		}
	}
	return len(part.Instances)
}

// diagTexts are the summaries, details and subjects of diags, sorted:
// attributes are evaluated in map order, so failures come in any order,
// and hcl's "Did you mean" suggestion for an unknown function is any of
// the close names.
func diagTexts(diags hcl.Diagnostics) []string {
	out := make([]string, len(diags))
	for i, d := range diags {
		out[i] = d.Summary + ": " + didYouMean.ReplaceAllString(d.Detail, "")
		if d.Subject != nil {
			out[i] += " @ " + d.Subject.String()
		}
	}
	slices.Sort(out)
	return out
}

var didYouMean = regexp.MustCompile(` Did you mean "[^"]*"\?`)

// TestResourceReads checks which references read a resource attribute by
// attribute and which read it whole.
func TestResourceReads(t *testing.T) {
	src := `
resource "aws_route" "r" {
  vpc_id     = aws_vpc.main.id
  gateway_id = aws_internet_gateway.gw[0].id
  subnets    = aws_subnet.a[*].id
  route      = aws_route_table.rt[count.index].id
  nat        = aws_nat_gateway.n["x"].tags["Name"]
  all        = [for s in aws_subnet.b : s.id]
  whole      = aws_eip.e
  one        = aws_eip.f[0]
  depends_on = [aws_vpc.dep, module.m]
}
output "o" {
  value      = aws_vpc.main.arn
  depends_on = [aws_eip.out]
}
`
	f, diags := hclsyntax.ParseConfig([]byte(src), "main.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	n := newAttrNames()
	n.addFile(f)
	types := map[string]bool{}
	for _, typ := range []string{"aws_vpc", "aws_internet_gateway", "aws_subnet", "aws_route_table", "aws_nat_gateway", "aws_eip"} {
		types[typ] = true
	}
	tn := newTypeNames(n, types)
	for _, c := range []struct {
		typ, name string
		reads     []string // nil: read whole, or not at all
	}{
		{"aws_vpc", "main", []string{"arn", "id"}},
		{"aws_internet_gateway", "gw", []string{"id"}},
		{"aws_subnet", "a", []string{"id"}},
		{"aws_route_table", "rt", []string{"id"}},
		{"aws_nat_gateway", "n", []string{"tags"}},
		{"aws_subnet", "b", nil},
		{"aws_eip", "e", nil},
		{"aws_eip", "f", nil},
		{"aws_vpc", "dep", nil}, // only in depends_on: never read
		{"aws_eip", "out", nil},
	} {
		got, ok := tn.readsOf(c.typ, c.name)
		if ok != (c.reads != nil) || !slices.Equal(got, c.reads) {
			t.Errorf("readsOf(%s.%s) = %v, %v; want %v", c.typ, c.name, got, ok, c.reads)
		}
	}
	if n.whole[resourceKey{"aws_vpc", "dep"}] || n.whole[resourceKey{"aws_eip", "out"}] {
		t.Errorf("a depends_on list reads its resources whole: %v", n.whole)
	}
}
