package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestDXJumboMTU(t *testing.T) {
	linttest.Run(t, rules.DXJumboMTU, "../testdata/rules/dx-jumbo-mtu")
}
