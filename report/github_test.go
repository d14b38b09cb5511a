package report

import "testing"

func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, property string }{
		{"plain text", "plain text", "plain text"},
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"dir,x/a:b.tf", "dir,x/a:b.tf", "dir%2Cx/a%3Ab.tf"},
		{"%0A", "%250A", "%250A"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := githubData(tc.in); got != tc.data {
				t.Errorf("githubData(%q) = %q, want %q", tc.in, got, tc.data)
			}
			if got := githubProperty(tc.in); got != tc.property {
				t.Errorf("githubProperty(%q) = %q, want %q", tc.in, got, tc.property)
			}
		})
	}
}
