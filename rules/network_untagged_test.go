package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestNetworkUntagged(t *testing.T) {
	linttest.Run(t, rules.NetworkUntagged, "../testdata/rules/network-untagged")
}
