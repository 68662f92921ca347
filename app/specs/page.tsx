export default function SpecsPage() {
  return <main>specs</main>;
}
