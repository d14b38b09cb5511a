package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestSGMixedRuleStyles(t *testing.T) {
	linttest.Run(t, rules.SGMixedRuleStyles, "../testdata/rules/sg-mixed-rule-styles")
}
