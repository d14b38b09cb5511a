package parser

import (
	"slices"
	"testing"
)

func TestGuessSources(t *testing.T) {
	tests := []struct {
		name string
		src  string
		json bool
		want []string
	}{
		{"module blocks", "module \"a\" {\n  source = \"./a\"\n}\nmodule \"b\" {\n  source  = \"../b/c\" # shared\n}\n", false, []string{"./a", "../b/c"}},
		{"remote and absolute sources", "module \"a\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\nmodule \"b\" {\n  source = \"/abs\"\n}\n", false, nil},
		{"a comment line", "# source = \"./a\"\n// source = \"./b\"\n", false, nil},
		{"escapes and templates", "source = \"./a\\u0062\"\nsource = \"./${x}\"\nsource = \"./%{if x}y%{endif}\"\n", false, nil},
		{"unterminated string", "source = \"./a\n", false, nil},
		{"not an assignment", "source_dir = \"./a\"\nsource \"./b\"\n", false, nil},
		{"JSON", "{\"module\": {\"a\": {\n  \"source\": \"../a\"\n}}}\n", true, []string{"../a"}},
		{"JSON needs the key quoted", "source = \"./a\"\n", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := guessSources([]byte(tt.src), tt.json); !slices.Equal(got, tt.want) {
				t.Errorf("guessSources = %q, want %q", got, tt.want)
			}
		})
	}
}
