package plan

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	tfjson "github.com/hashicorp/terraform-json"
)

func TestSplitAddress(t *testing.T) {
	tests := []struct {
		in   string
		want []part
		ok   bool
	}{
		{"aws_vpc.main.id", []part{{name: "aws_vpc"}, {name: "main"}, {name: "id"}}, true},
		{`module.net["a.b]"].aws_subnet.this[0]`, []part{{name: "module"}, {name: "net", key: `["a.b]"]`}, {name: "aws_subnet"}, {name: "this", key: "[0]"}}, true},
		{`module.x["q\"]"].out`, []part{{name: "module"}, {name: "x", key: `["q\"]"]`}, {name: "out"}}, true},
		{"aws_subnet.private[*]", []part{{name: "aws_subnet"}, {name: "private", key: "[*]"}}, true},
		{"var.list[0][1]", []part{{name: "var"}, {name: "list", key: "[0]"}}, true},
		{"count.index", []part{{name: "count"}, {name: "index"}}, true},
		{"", nil, false},
		{"aws_vpc.", nil, false},
		{"aws_vpc..x", nil, false},
		{`aws_vpc.a["open`, nil, false},
		{"aws_vpc.a[0", nil, false},
		{"aws_vpc.a b", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := splitAddress(tc.in)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(part{})); diff != "" {
				t.Errorf("parts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseResourceAddress(t *testing.T) {
	tests := []struct {
		in               string
		module, base, ky string
		ok               bool
	}{
		{"aws_vpc.main", "", "aws_vpc.main", "", true},
		{"aws_subnet.public[1]", "", "aws_subnet.public", "[1]", true},
		{`module.net["a"].module.inner[0].aws_sg.this["x"]`, `module.net["a"].module.inner[0]`, `module.net["a"].module.inner[0].aws_sg.this`, `["x"]`, true},
		{"module.m.data.aws_vpc.x", "module.m", "module.m.data.aws_vpc.x", "", true},
		{"module.m", "", "", "", false},
		{"aws_vpc[0].main", "", "", "", false},
		{"a.b.c.d", "", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			a, ok := parseResourceAddress(tc.in)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if a.module.String() != tc.module || a.base != tc.base || a.key != tc.ky {
				t.Errorf("got module %q base %q key %q, want %q %q %q", a.module, a.base, a.key, tc.module, tc.base, tc.ky)
			}
		})
	}
}

func TestAbsoluteAddress(t *testing.T) {
	tests := []struct {
		name, module, address string
		index                 any
		want                  string
	}{
		{"modern", "module.db", "module.db.aws_vpc.this[0]", json.Number("0"), "module.db.aws_vpc.this[0]"},
		{"0.12 relative and keyless", "module.db", "aws_vpc.this", json.Number("2"), "module.db.aws_vpc.this[2]"},
		{"0.12 string key", "", "aws_instance.named", "test.1", `aws_instance.named["test.1"]`},
		{"escaped key", "", "aws_instance.named", "a\"b${x}", `aws_instance.named["a\"b$${x}"]`},
		{"float index", "", "aws_instance.c", float64(3), "aws_instance.c[3]"},
		{"no index", "module.m", "aws_vpc.a", nil, "module.m.aws_vpc.a"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := absoluteAddress(tc.module, &tfjson.StateResource{Address: tc.address, Index: tc.index})
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMostSpecific(t *testing.T) {
	got := mostSpecific([]string{
		"aws_vpc.main.id", "aws_vpc.main",
		"aws_subnet.private[0].id", "aws_subnet.private[0]", "aws_subnet.private",
		"count.index", "aws_vpc.main.id", "aws_vpc.mainline",
	})
	want := []string{"aws_vpc.main.id", "aws_subnet.private[0].id", "count.index", "aws_vpc.mainline"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
