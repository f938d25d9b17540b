import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { LeadScoreBadge } from "./LeadScoreBadge";

describe("LeadScoreBadge", () => {
  it("shows the score coloured by band, with the server's reasons as plain text", async () => {
    const reason = '<b>"Source is referral"</b> raises the score';
    renderWithProviders(<LeadScoreBadge score={72} reasons={[reason]} />);
    const badge = screen.getByTestId("lead-score-badge");
    expect(badge.textContent).toBe("Score 72");
    expect(badge.dataset.band).toBe("high");
    expect(badge.getAttribute("aria-label")).toContain(reason);
    fireEvent.mouseEnter(badge);
    expect((await screen.findByText(reason)).innerHTML).not.toContain("<b>");
  });

  it("shows nothing without a score", () => {
    renderWithProviders(<LeadScoreBadge score={null} reasons={[]} />);
    expect(screen.queryByTestId("lead-score-badge")).toBeNull();
  });

  it("bands middling and low scores", () => {
    renderWithProviders(
      <>
        <LeadScoreBadge score={55} />
        <LeadScoreBadge score={12} />
      </>,
    );
    expect(screen.getAllByTestId("lead-score-badge").map((b) => b.dataset.band)).toEqual(["medium", "low"]);
  });
});
