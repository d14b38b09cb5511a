package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestNACLRuleShadowed(t *testing.T) {
	linttest.Run(t, rules.NACLRuleShadowed, "../testdata/rules/nacl-rule-shadowed")
}
