package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestSGEmptyEgress(t *testing.T) {
	linttest.Run(t, rules.SGEmptyEgress, "../testdata/rules/sg-empty-egress")
}
