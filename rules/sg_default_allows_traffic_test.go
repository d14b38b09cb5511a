package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestSGDefaultAllowsTraffic(t *testing.T) {
	linttest.Run(t, rules.SGDefaultAllowsTraffic, "../testdata/rules/sg-default-allows-traffic")
}
