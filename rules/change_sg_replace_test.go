package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestChangeSGReplace(t *testing.T) {
	linttest.Run(t, rules.ChangeSGReplace, "../testdata/rules/change-sg-replace")
}
