"""In an exported thread of mails from two senders or more, the "I" of each message is its "From:"
sender's (issue 11, h-x30p: a survivor's replies to an archive went to the archive's clerk named in the
first header). Invented text; the controls: the clerk is given none of the survivor's acts, and a
single memo's "From:" header changes nothing (the lawyer who writes it is not the one held)."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

THREAD = ("Subject: Re: your enquiry about the camp in Kuchar\n\n"
          "From: Records office (L. Hartmann)\n"
          "Sent: 2 March 2023 09:10\n"
          "To: Abdurehim Tohti\n\n"
          "Dear Mr Tohti,\n"
          "Thank you for writing to us. Could you tell us when and where you were held, and who was with you?\n\n"
          "From: Abdurehim Tohti\n"
          "Sent: 4 March 2023 22:40\n"
          "To: Records office\n\n"
          "I was detained at my shop in Kuchar in May 2018 and held in a camp there for fourteen months. "
          "The guards beat me with a rubber baton when I prayed, and I was made to sign a confession. "
          "Two men from my village were in my room.\n\n"
          "From: Records office (L. Hartmann)\n"
          "Sent: 6 March 2023 10:02\n"
          "To: Abdurehim Tohti\n\n"
          "Thank you. We have added your account to the file and will write again when we know more.\n")

MEMO = ("From: Daniel Fisher, solicitor\n"
        "To: File\n"
        "Date: 3 March 2023\n\n"
        "I met Mr Abdurehim Tohti today with an interpreter. He was detained at his shop in Kuchar in May "
        "2018 and held in a camp there for fourteen months. The guards beat him with a rubber baton when he "
        "prayed, and he was made to sign a confession. I will prepare his statement this week and send it "
        "to him for checking before the hearing in April.\n")


def _person(doc, word):
    return next((p for p in doc.persons if any(word in n for n in p.names)), None)


def test_each_messages_i_is_its_senders_and_the_clerk_gets_none_of_it():
    assert len(THREAD) >= roles_model.MIN_CHARS
    doc = run_pipeline(THREAD, "en", None)
    names = [p.names for p in doc.persons]
    survivor = _person(doc, "Abdurehim")
    assert survivor is not None, names
    codes = {v.code for v in survivor.violations}
    assert "torture.beating" in codes and "detention.internment_camp" in codes, codes
    clerk = _person(doc, "Hartmann")
    assert clerk is None or not clerk.violations  # the control
    # the thread is told by the sender who says "I" most, not by the first header's clerk
    assert survivor.narrator and (clerk is None or not clerk.narrator)


def test_a_single_memos_from_header_changes_nothing():
    doc = run_pipeline(MEMO, "en", None)
    held = _person(doc, "Abdurehim")
    assert held is not None and "torture.beating" in {v.code for v in held.violations}  # positive control
    lawyer = _person(doc, "Fisher")
    assert lawyer is None or not lawyer.violations
