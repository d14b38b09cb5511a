package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestChangeSGRuleRemoval(t *testing.T) {
	linttest.Run(t, rules.ChangeSGRuleRemoval, "../testdata/rules/change-sg-rule-removal")
}
