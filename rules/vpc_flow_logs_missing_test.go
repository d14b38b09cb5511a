package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestVPCFlowLogsMissing(t *testing.T) {
	linttest.Run(t, rules.VPCFlowLogsMissing, "../testdata/rules/vpc-flow-logs-missing")
}
