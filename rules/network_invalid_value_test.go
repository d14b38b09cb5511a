package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestNetworkInvalidValue(t *testing.T) {
	linttest.Run(t, rules.NetworkInvalidValue, "../testdata/rules/network-invalid-value")
}
