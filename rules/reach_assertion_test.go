package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestReachAssertion(t *testing.T) {
	linttest.Run(t, rules.ReachAssertion, "../testdata/rules/reach-assertion")
}
