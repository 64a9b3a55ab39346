package coerce

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

// arrayDecoder is the rule of a slice destination other than []byte (the
// Go side of an array column, type=text[] and the like): it reads the two
// forms an array reaches Go in through database/sql. PostgreSQL (pgx
// stdlib) returns an array as its text literal, {a,"b c",NULL}: each
// element is read through the element type's own rule, NULL only into a
// pointer element. SQLite has no arrays; ferro stores one as the JSON
// array the ferro driver writes for a slice, ["a","b c"]: each element (a JSON
// string, number or boolean; null only into a pointer element) goes
// through the element type's rule too, so enum members are checked and
// times come back in UTC on both engines. NULL makes the slice nil; an
// empty array is an empty, non-nil slice.
func arrayDecoder(t reflect.Type) (decodeFunc, error) {
	elem, err := decoderFor(t.Elem(), false)
	if err != nil {
		return nil, err
	}
	et := t.Elem()
	return func(p unsafe.Pointer, src any) (err error) {
		var text string
		switch v := src.(type) {
		case string:
			text = v
		case []byte:
			text = bstr(v)
		case nil:
			typedClear(t, p)
			return nil
		default:
			return fail(ErrConvert, "an array is read from its text (a PostgreSQL array literal or a JSON array), not "+typeOf(src))
		}
		var items []any
		if strings.HasPrefix(text, "[") {
			if items, err = jsonArrayItems(text); err != nil {
				return err
			}
		} else if items, err = parsePGArray(text); err != nil {
			return err
		}
		out := reflect.MakeSlice(t, len(items), len(items))
		for i, v := range items {
			if err := elem(out.Index(i).Addr().UnsafePointer(), v); err != nil {
				if err == ErrNull {
					return failf(ErrNull, "element %d of the array is NULL, which %s cannot hold; use a slice of pointers", i+1, et)
				}
				var c *cause
				if errors.As(err, &c) {
					return &cause{err: fmt.Errorf("element %d of the array (%v): %w", i+1, v, c.err), hint: c.hint}
				}
				return fmt.Errorf("element %d of the array (%v): %w", i+1, v, err)
			}
		}
		reflect.NewAt(t, p).Elem().Set(out)
		return nil
	}, nil
}

// jsonArrayItems splits a JSON array into driver-like values: strings,
// numbers as their text, booleans, nil for null. Nested arrays and
// objects are an error: an array column holds values.
func jsonArrayItems(text string) ([]any, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var raw []any
	if err := dec.Decode(&raw); err != nil {
		return nil, failf(ErrConvert, "invalid JSON array: %v", err)
	}
	if dec.More() {
		return nil, fail(ErrConvert, "invalid JSON array: text after the array")
	}
	for i, v := range raw {
		switch x := v.(type) {
		case json.Number:
			raw[i] = string(x)
		case map[string]any, []any:
			return nil, failf(ErrConvert, "element %d of the JSON array is a JSON %s, not a value", i+1, map[bool]string{true: "object", false: "array"}[isObject(x)])
		}
	}
	return raw, nil
}

func isObject(v any) bool { _, ok := v.(map[string]any); return ok }

// parsePGArray splits a one-dimensional PostgreSQL array literal ({a,"b
// \"c\"",NULL}) into its elements, nil for NULL. A literal with bounds
// ([0:1]={...}) or more dimensions is an error.
func parsePGArray(s string) ([]any, error) {
	items, err := parsePGArrayText(s)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(items))
	for i, it := range items {
		if it != nil {
			out[i] = *it
		}
	}
	return out, nil
}

func parsePGArrayText(s string) ([]*string, error) {
	bad := func(why string) error {
		return failf(ErrConvert, "not an array, neither a JSON array nor a one-dimensional PostgreSQL array literal (%s): %.40q", why, s)
	}
	if len(s) < 2 || s[0] != '{' || s[len(s)-1] != '}' {
		return nil, bad("want {...}")
	}
	body := s[1 : len(s)-1]
	out := []*string{}
	if body == "" {
		return out, nil
	}
	for i := 0; ; {
		var b strings.Builder
		quoted := false
		if i < len(body) && body[i] == '"' {
			quoted = true
			i++
			for ; i < len(body) && body[i] != '"'; i++ {
				if body[i] == '\\' {
					i++
					if i == len(body) {
						return nil, bad("unterminated escape")
					}
				}
				b.WriteByte(body[i])
			}
			if i == len(body) {
				return nil, bad("unterminated quote")
			}
			i++
		} else {
			for ; i < len(body) && body[i] != ','; i++ {
				if body[i] == '{' || body[i] == '"' || body[i] == '\\' {
					return nil, bad("nested array or stray quote")
				}
				b.WriteByte(body[i])
			}
		}
		v := b.String()
		if !quoted && strings.EqualFold(v, "NULL") {
			out = append(out, nil)
		} else {
			out = append(out, &v)
		}
		if i == len(body) {
			return out, nil
		}
		if body[i] != ',' {
			return nil, bad("want , between elements")
		}
		i++
	}
}
