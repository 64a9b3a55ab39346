package postgres

// UUIDText reports whether PostgreSQL's uuid input function accepts s
// (string_to_uuid in src/backend/utils/adt/uuid.c): 32 hex digits in
// either case, optionally inside braces, with an optional hyphen after
// any group of four digits but the last. The driver wrapper uses it to
// tell which argument the server refused (SQLSTATE 22P02) without reading
// the server's message.
func UUIDText(s string) bool {
	i := 0
	braces := len(s) > 0 && s[0] == '{'
	if braces {
		i++
	}
	for n := 0; n < 16; n++ {
		if i+1 >= len(s) || !isHex(s[i]) || !isHex(s[i+1]) {
			return false
		}
		i += 2
		if i < len(s) && s[i] == '-' && n%2 == 1 && n < 15 {
			i++
		}
	}
	if braces {
		if i >= len(s) || s[i] != '}' {
			return false
		}
		i++
	}
	return i == len(s)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
