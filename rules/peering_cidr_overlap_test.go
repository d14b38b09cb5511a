package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestPeeringCIDROverlap(t *testing.T) {
	linttest.Run(t, rules.PeeringCIDROverlap, "../testdata/rules/peering-cidr-overlap")
}
