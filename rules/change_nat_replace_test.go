package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestChangeNATReplace(t *testing.T) {
	linttest.Run(t, rules.ChangeNATReplace, "../testdata/rules/change-nat-replace")
}
