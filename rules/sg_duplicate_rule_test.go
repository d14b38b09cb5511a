package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestSGDuplicateRule(t *testing.T) {
	linttest.Run(t, rules.SGDuplicateRule, "../testdata/rules/sg-duplicate-rule")
}
