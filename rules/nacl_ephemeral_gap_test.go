package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestNACLEphemeralGap(t *testing.T) {
	linttest.Run(t, rules.NACLEphemeralGap, "../testdata/rules/nacl-ephemeral-gap")
}
