package main

func (s *S) Name(a int) (int, error) {
	if a > 0 && a < 3 {
		return 1, nil
	}
	go func() {
		for i := 0; i < 3; i++ {
		}
	}()
	switch a {
	case 1:
	case 2:
	default:
	}
	return 0, nil
}

func main() {
}
