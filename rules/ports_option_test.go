package rules_test

import (
	"slices"
	"testing"

	"github.com/vpclint/vpclint/rules"
)

func TestPortListOption(t *testing.T) {
	parse := rules.SGOpenIngress.Options[0].Parse
	tests := []struct {
		name    string
		in      any
		want    []int
		wantErr bool
	}{
		{"ports as the config gives numbers", []string{"22", "3389", " 8080 "}, []int{22, 3389, 8080}, false},
		{"port 0 and 65535", []string{"0", "65535"}, []int{0, 65535}, false},
		{"empty list", []string{}, nil, true},
		{"not a list", "22", nil, true},
		{"not a number", []string{"ssh"}, nil, true},
		{"out of range", []string{"65536"}, nil, true},
		{"negative", []string{"-1"}, nil, true},
		{"listed twice", []string{"22", "22"}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parse(tc.in)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err == nil && !slices.Equal(got.([]int), tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
