package funcs

import (
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/vpclint/vpclint/parser/bounded"
)

// maxFileSize bounds what file(), filebase64() and templatefile() read.
// A larger file is an ordinary failure, not a *LimitError: Terraform reads
// it, so the configuration is valid and the value is only unknown to
// vpclint (a network rule never needs a file that size).
const maxFileSize = 4 << 20

func resolve(baseDir, path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(baseDir, path)
}

// readBounded reads a regular file of at most maxFileSize bytes, within
// parser/bounded's bounds (a FIFO would block the read for ever).
func readBounded(path string) ([]byte, error) {
	src, diag := bounded.ReadFile(path, maxFileSize)
	if diag != nil {
		return nil, errors.New(diag.Detail)
	}
	return src, nil
}

func makeFileFunc(baseDir string, asBase64 bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			src, err := readBounded(resolve(baseDir, args[0].AsString()))
			if err != nil {
				return cty.NilVal, err
			}
			if asBase64 {
				return cty.StringVal(base64.StdEncoding.EncodeToString(src)), nil
			}
			if !utf8.Valid(src) {
				return cty.NilVal, fmt.Errorf("%s is not valid UTF-8", args[0].AsString())
			}
			return cty.StringVal(string(src)), nil
		},
	})
}

func makeFileExistsFunc(baseDir string) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			st, err := os.Stat(resolve(baseDir, args[0].AsString()))
			return cty.BoolVal(err == nil && st.Mode().IsRegular()), nil
		},
	})
}

// makeTemplateFileFunc is templatefile(path, vars): the file is an HCL
// template evaluated with vars and the other functions (not templatefile
// itself, as in Terraform).
func makeTemplateFileFunc(baseDir string, table map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}, {Name: "vars", Type: cty.DynamicPseudoType}},
		Type:   function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			path := resolve(baseDir, args[0].AsString())
			src, err := readBounded(path)
			if err != nil {
				return cty.NilVal, err
			}
			expr, diags := hclsyntax.ParseTemplate(src, path, hcl.InitialPos)
			if diags.HasErrors() {
				return cty.NilVal, diags
			}
			vars := map[string]cty.Value{}
			if v := args[1]; !v.IsNull() && v.IsKnown() && (v.Type().IsObjectType() || v.Type().IsMapType()) {
				vars = v.AsValueMap()
			} else if !v.IsKnown() {
				return cty.DynamicVal, nil
			}
			fns := make(map[string]function.Function, len(table))
			for k, f := range table {
				if k != "templatefile" {
					fns[k] = f
				}
			}
			val, diags := expr.Value(&hcl.EvalContext{Variables: vars, Functions: fns})
			if d, le := CallLimit(diags); le != nil {
				// A bound exceeded inside the template is one of the call.
				return cty.NilVal, limitErrorf("templatefile", "%s: %s", d.Subject, le.Msg)
			}
			if diags.HasErrors() {
				return cty.NilVal, diags
			}
			return val, nil
		},
	})
}
