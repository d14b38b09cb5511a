package funcs

import (
	"errors"
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// LimitError is the error of a function call that exceeds a bound on what
// a function may produce: range's 1024 values (Terraform's own limit) and
// setproduct's result size (vpclint's, as count and for_each are bounded),
// also when reached inside a templatefile template. Other failures may come
// from a value vpclint only approximates, so evaluators treat their result
// as unknown; this one means the expression cannot be evaluated at all, and
// is an error to report. Find it with errors.As, or CallLimit.
type LimitError struct {
	// Func is the function whose bound was exceeded, e.g. "range".
	Func string
	// Msg says what exceeded which bound.
	Msg string
}

// Error returns Msg.
func (e *LimitError) Error() string { return e.Msg }

// limitErrorf returns a *LimitError of function fn.
func limitErrorf(fn, format string, args ...any) *LimitError {
	return &LimitError{Func: fn, Msg: fmt.Sprintf(format, args...)}
}

// CallLimit returns the first error diagnostic of diags that reports a
// function call failing with a *LimitError (as hclsyntax reports failed
// calls), and that error; nil, nil when there is none.
func CallLimit(diags hcl.Diagnostics) (*hcl.Diagnostic, *LimitError) {
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		call, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallDiagExtra](d)
		if !ok {
			continue
		}
		var le *LimitError
		if errors.As(call.FunctionCallError(), &le) {
			return d, le
		}
	}
	return nil, nil
}
