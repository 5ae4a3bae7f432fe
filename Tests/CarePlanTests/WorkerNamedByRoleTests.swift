import Testing

@testable import CarePlan

/// "me (support worker) once a week" in who helps: the brackets give only the worker's role,
/// so once the worker has said who "me" is, the plan names them. Before, it stayed "me (support
/// worker)", read by a clinician as the person's own words. Brackets that name someone stay.
@Suite struct WorkerNamedByRoleTests {
  let worker = PlanBuilder.workerNamed("priya, support worker")

  @Test func aRoleInBracketsIsTheWorkerNamed() {
    #expect(
      PlanBuilder.namingTheWorker(in: "me (support worker) once a week", as: worker)
        == "priya (support worker) once a week")
    #expect(
      PlanBuilder.namingTheWorker(in: "and Me (Support Worker)", as: worker)
        == "and priya (support worker)")
  }

  @Test(arguments: ["me (Dev) on tuesdays", "me (her neighbour) on sundays", "home (support)"])
  func otherBracketsStayAsTyped(text: String) {
    #expect(PlanBuilder.namingTheWorker(in: text, as: worker) == text)
  }
}
