package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestPeeringRouteMissing(t *testing.T) {
	linttest.Run(t, rules.PeeringRouteMissing, "../testdata/rules/peering-route-missing")
}
