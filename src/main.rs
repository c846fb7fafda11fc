fn main() {
    parley::start();
}
