package lint

import "testing"

func TestHCLValue(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"string", `a "b"`, `"a \"b\""`},
		{"list", []string{"Owner", "Purpose"}, `["Owner", "Purpose"]`},
		{"empty list", []string{}, `[]`},
		{"list of numbers", []int{22, 3389}, `[22, 3389]`},
		{"number", 3.5, `3.5`},
		{"whole number", 3.0, `3`},
		{"bool", true, `true`},
		{"stringer", stringer("1024-65535"), `"1024-65535"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := HCLValue(tc.in); got != tc.want {
				t.Errorf("HCLValue(%v) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

// stringer is an option value parsed from a string, such as a port range.
type stringer string

func (s stringer) String() string { return string(s) }
