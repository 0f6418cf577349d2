fn main() {
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).unwrap();
    println!("{}", serde_json::to_string(&factmark::check(&s)).unwrap());
}
