package coerce

import (
	"encoding/json"
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
// array Bind writes for a slice, ["a","b c"], decoded with encoding/json.
// NULL makes the slice nil; an empty array is an empty, non-nil slice.
func arrayDecoder(t reflect.Type) (decodeFunc, error) {
	elem, err := decoderFor(t.Elem(), false)
	if err != nil {
		return nil, err
	}
	et := t.Elem()
	return func(p unsafe.Pointer, src any) error {
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
		if strings.HasPrefix(text, "[") {
			var raw []json.RawMessage
			if err := json.Unmarshal([]byte(text), &raw); err != nil {
				return failf(ErrConvert, "invalid JSON array for %s: %v", t, err)
			}
			out := reflect.MakeSlice(t, len(raw), len(raw))
			for i, r := range raw {
				if string(r) == "null" {
					if et.Kind() != reflect.Pointer {
						return failf(ErrNull, "element %d of the array is null, which %s cannot hold; use a slice of pointers", i+1, et)
					}
					continue
				}
				if err := json.Unmarshal(r, out.Index(i).Addr().Interface()); err != nil {
					return failf(ErrConvert, "element %d of the JSON array for %s: %v", i+1, t, err)
				}
			}
			reflect.NewAt(t, p).Elem().Set(out)
			return nil
		}
		items, err := parsePGArray(text)
		if err != nil {
			return err
		}
		out := reflect.MakeSlice(t, len(items), len(items))
		for i, it := range items {
			var v any
			if it != nil {
				v = *it
			}
			if err := elem(out.Index(i).Addr().UnsafePointer(), v); err != nil {
				if err == ErrNull {
					return failf(ErrNull, "element %d of the array is NULL, which %s cannot hold; use a slice of pointers", i+1, et)
				}
				return err
			}
		}
		reflect.NewAt(t, p).Elem().Set(out)
		return nil
	}, nil
}

// parsePGArray splits a one-dimensional PostgreSQL array literal ({a,"b
// \"c\"",NULL}) into its elements, nil for NULL. A literal with bounds
// ([0:1]={...}) or more dimensions is an error.
func parsePGArray(s string) ([]*string, error) {
	bad := func(why string) error {
		return failf(ErrConvert, "not a one-dimensional PostgreSQL array literal (%s): %.40q", why, s)
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
