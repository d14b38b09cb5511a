package plan

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

func TestLocate(t *testing.T) {
	src := `{"format_version": "1.2",
 "skip": {"resources": [{"address": "x"}]},
 "planned_values": {"root_module": {
   "resources": [{"address": "aws_vpc.a", "values": {"cidr_block": "10.0.0.0/16", "tags": {"k": "v"}}}],
   "child_modules": [{"address": "module.m", "child_modules": [{"resources": [
     {"address": "module.m.module.n.aws_sg.b", "values": {"n\u0061me": "é", "ingress": [1, [2]]}}]}]}]}},
 "resource_changes": [{"address": "aws_vpc.a", "change": {"actions": ["create"], "after": {"id": null, "x": {"a": [1]}}}}],
 "configuration": {"provider_config": {"aws.west": {"name": "aws"}}}
}`
	sp := locate([]byte(src))
	// Each wanted path with the text its value starts with.
	want := map[string]string{
		"format_version":                                                                        `"1.2"`,
		"planned_values/root_module/resources/0":                                                `{"address": "aws_vpc.a"`,
		"planned_values/root_module/resources/0/address":                                        `"aws_vpc.a"`,
		"planned_values/root_module/resources/0/values/tags":                                    `{"k": "v"}`,
		"planned_values/root_module/child_modules/0/child_modules/0/resources/0":                `{"address": "module.m.module.n`,
		"planned_values/root_module/child_modules/0/child_modules/0/resources/0/values/name":    `"é"`,
		"planned_values/root_module/child_modules/0/child_modules/0/resources/0/values/ingress": `[1, [2]]`,
		"resource_changes/0":                     `{"address": "aws_vpc.a", "change"`,
		"resource_changes/0/address":             `"aws_vpc.a"`,
		"resource_changes/0/change/after/id":     `null`,
		"resource_changes/0/change/after/x":      `{"a": [1]}`,
		"configuration/provider_config/aws.west": `{"name": "aws"}`,
	}
	for path, prefix := range want {
		s, ok := sp[path]
		if !ok {
			t.Errorf("%s: not recorded", path)
			continue
		}
		if got := src[s.start:s.end]; !strings.HasPrefix(got, prefix) {
			t.Errorf("%s: value %q does not start with %q", path, got, prefix)
		}
	}
	for _, path := range []string{"skip/resources/0", "planned_values/root_module/resources/0/values/tags/k", "resource_changes/0/change/actions"} {
		if _, ok := sp[path]; ok {
			t.Errorf("%s: recorded, want not", path)
		}
	}
	// Member spans start at the key.
	if s := sp["resource_changes/0/change/after/x"]; !strings.HasPrefix(src[s.key:], `"x": {`) {
		t.Errorf("member key span starts at %q", src[s.key:s.key+8])
	}
}

func TestLocateInvalid(t *testing.T) {
	for _, src := range []string{
		``, `{`, `{"resource_changes": [{"address": "a"`, `{"a" 1}`, `{"a": "unterminated`,
		`{"resource_changes": [1 2]}`, `[{]`, `{"planned_values": {"root_module": {"resources": [{"values": {"a": tru`,
	} {
		t.Run(src, func(t *testing.T) {
			locate([]byte(src)) // must not panic or loop
		})
	}
}

func TestPositions(t *testing.T) {
	src := []byte("{\n  \"é😀\": 1,\r\n\t\"b\": 2}")
	off := bytes.Index(src, []byte(": 1"))
	offB := bytes.Index(src, []byte(`"b"`))
	p := newPositions(src, []int{offB, off, 0, len(src), off})
	tests := []struct {
		off  int
		want hcl.Pos
	}{
		{0, hcl.Pos{Line: 1, Column: 1, Byte: 0}},
		// Two spaces, quote, é, 😀, quote: column 7.
		{off, hcl.Pos{Line: 2, Column: 7, Byte: off}},
		{offB, hcl.Pos{Line: 3, Column: 2, Byte: offB}},
		{len(src), hcl.Pos{Line: 3, Column: 9, Byte: len(src)}},
	}
	for _, tc := range tests {
		if got := p.pos(tc.off); got != tc.want {
			t.Errorf("pos(%d) = %+v, want %+v", tc.off, got, tc.want)
		}
	}
}
