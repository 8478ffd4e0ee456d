impl<T> Display for Foo<T> {
    fn fmt(&self, f: &mut Formatter) -> Result {
        match self.x {
            Some(y) if y > 1 => write!(f, "{}", y),
            None | Some(_) => Ok(()),
            _ => { Ok(()) }
        }
    }
}

fn helper<'a>(x: &'a str) -> bool {
    let c = |v: i32| v > 0 && v < 9;
    x.len() > 0 || c(1)
}
