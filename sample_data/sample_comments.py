"""Free-text answers used by build_sample_data.py (invented, in the voice of staff and people on probation).

Each staff comment carries an optional hint used to give it to a plausible respondent: a grade
("PO", "PSO", "PQiP", "SPO", "CA"), an office ("Ipswich", "Lowestoft", "Bury St Edmunds"), "bullied"
(given only to someone who answered Yes to the bullying question) or None (anyone).
User Voice comments carry "female", "neg" (given first to someone who did not find appointments
helpful), "pos" or None.  A few comments hold a name, phone number, e-mail address, case reference or
postcode on purpose, so that redaction can be demonstrated.
"""

from __future__ import annotations

STAFF_IMPROVE_2024: list[tuple[str, str | None]] = [
    (
        "Smaller caseloads. I have over 60 cases and I just about get by, but I can't do the quality of "
        "work I was trained to do.",
        "PO",
    ),
    (
        "Realistic workloads. At the moment it feels like firefighting every day and the risk work suffers.",
        "PO",
    ),
    (
        "More time with my SPO to talk through cases. They are brilliant but they are stretched across too "
        "many people.",
        "PSO",
    ),
    (
        "A proper mentor. As a PQiP I often don't know who to ask and the POs are all too busy to help.",
        "PQiP",
    ),
    (
        "Protected time for PQiPs to shadow experienced POs. There just aren't enough POs in the office to "
        "learn from.",
        "PQiP",
    ),
    (
        "Face-to-face training instead of endless e-learning. I don't learn well sitting in front of a "
        "screen for hours.",
        "PSO",
    ),
    (
        "Training on the toolkits. We are told to use them in sessions but nobody has shown me how to "
        "deliver them properly.",
        "PSO",
    ),
    (
        "Access to structured interventions. The waiting list for Building Better Relationships is months "
        "long in Ipswich.",
        "Ipswich",
    ),
    (
        "CRS that actually works. Referrals go in and nothing happens, or the person is seen once and "
        "closed.",
        "PO",
    ),
    (
        "Better links with the commissioned rehabilitative services. The accommodation provider is good "
        "when they are co-located, but the other offices miss out.",
        "Lowestoft",
    ),
    (
        "A proper induction. I started and was given a caseload in my second week with no idea where "
        "anything was.",
        "PSO",
    ),
    (
        "An induction that covers the systems, not just HR forms. I had to learn nDelius from colleagues.",
        "CA",
    ),
    (
        "Stable Wi-Fi in Lowestoft. Video calls drop out constantly and I end up using my phone as a "
        "hotspot.",
        "Lowestoft",
    ),
    (
        "Faster laptops. Logging in takes ten minutes and the system crashes in the middle of writing "
        "assessments.",
        None,
    ),
    ("Nothing major - my team is supportive and my SPO makes time for me whenever I need it.", "PSO"),
    (
        "Honestly I feel well supported. Supervision is regular and useful and the leadership team are "
        "visible.",
        "PO",
    ),
    (
        "My SPO is supportive, but the caseload is crushing and there is no time to do the work properly.",
        "PO",
    ),
    (
        "Leaders are approachable and the open door days are good, but decisions still take too long to "
        "reach the front line.",
        None,
    ),
    (
        "More SPOs. Managers are buried in HR processes and don't have time for case discussions or "
        "countersigning.",
        "SPO",
    ),
    (
        "As an SPO I have fourteen staff, half of them new. I cannot give each of them the oversight they "
        "need.",
        "SPO",
    ),
    (
        "Clearer communication from senior leaders about what is changing and why. We often hear about "
        "changes after they happen.",
        None,
    ),
    ("Regular team meetings in person. Since we went hybrid the team feels disconnected.", None),
    (
        "Dealing properly with bullying. I raised concerns about a colleague's behaviour and nothing "
        "changed.",
        "bullied",
    ),
    ("Being able to report poor behaviour without worrying about the consequences for me.", "bullied"),
    (
        "More attention to staff wellbeing. People are going off sick with stress and the work just lands "
        "on whoever is left.",
        None,
    ),
    ("Wellbeing events are nice but what would really help is fewer cases.", "PO"),
    (
        "The refurbished Ipswich office is a great place to work. More quiet rooms for interviews would make "
        "it even better.",
        "Ipswich",
    ),
    (
        "Somewhere private to see people. Our interview rooms in Bury are always booked and I end up seeing "
        "people in the open area.",
        "Bury St Edmunds",
    ),
    (
        "Mental health provision for people on probation. The MHTR pilot is a good start but the waiting "
        "lists for community services are long.",
        "PO",
    ),
    (
        "Access to housing support. So many of my cases are sofa surfing and there is very little I can "
        "offer them.",
        "PSO",
    ),
    (
        "Thanks to Sarah in admin for keeping the court work going, we would be lost without the case "
        "administrators.",
        None,
    ),
    ("Less duplication. I type the same information into three different systems every day.", "CA"),
    (
        "More admin support for the court team so practitioners can focus on people rather than paperwork.",
        "PO",
    ),
    (
        "If anyone wants to discuss this further please ring me on 07700 900123, I have lots of ideas "
        "about the duty rota.",
        None,
    ),
    (
        "Training in working with people with learning disabilities and neurodiversity. I don't feel "
        "confident adapting my approach.",
        "PSO",
    ),
    (
        "More training on domestic abuse risk assessment and safeguarding, delivered in a room with other "
        "people so we can discuss real cases.",
        "PQiP",
    ),
    ("Being allowed to finish the PQiP without carrying a near full caseload at the same time.", "PQiP"),
    ("Consistent guidance. Different SPOs tell us different things about what good looks like.", "PQiP"),
    (
        "Time to reflect. Every supervision is about targets and deadlines, not about the people we "
        "supervise.",
        "PO",
    ),
    (
        "More POs. The PSOs are being asked to hold cases above their grade because there is no one else.",
        "PSO",
    ),
    (
        "I think things are improving. The new allocation tool has made caseloads fairer across the teams.",
        "SPO",
    ),
    ("Better handover when cases transfer between offices. Information gets lost on the way.", None),
    ("More interventions staff so that accredited programmes start on time.", "PO"),
    (
        "A car pool or better travel arrangements. Home visits across rural Suffolk take half a day.",
        "Bury St Edmunds",
    ),
    (
        "Parking at Lowestoft. It sounds small but it costs staff time and money every single day.",
        "Lowestoft",
    ),
    ("Stop moving the goalposts. Every few months there is a new priority and nothing gets embedded.", None),
    ("More recognition for case administrators. We keep the office running but are often forgotten.", "CA"),
    ("Clear career progression for PSOs who want to become POs without losing pay while they train.", "PSO"),
    ("A mentor scheme for new SPOs as well as for PQiPs.", "SPO"),
    ("Joint training with the police and children's services so we understand each other's processes.", "PO"),
    ("Quicker responses from the MASH and the police on domestic abuse checks.", "CA"),
    ("Honestly, fewer emails. The volume of messages from leaders makes it hard to see what matters.", None),
    ("The staff awards and recognition are really appreciated. Keep it up.", None),
    ("I would like more feedback on my work, good and bad, so I know where I need to improve.", "PQiP"),
    ("Reliable IT. Teams calls freeze, the printer never works and the laptops are slow.", "CA"),
    ("Having the same manager for more than six months. I have had four SPOs since I started.", "PSO"),
    (
        "More from the personal wellbeing service. The worker who trained the PQiPs was excellent, more of "
        "that please.",
        "PQiP",
    ),
    ("A workload measurement that reflects how complex cases really are, especially licence cases.", "PO"),
    ("Nothing really, I enjoy my job and feel valued by my manager.", "CA"),
    ("More staff in Lowestoft. We cover a huge area and we are always short.", "Lowestoft"),
    ("Time to actually use the toolkits in sessions rather than just updating circumstances.", "PO"),
    ("Regular case audits with feedback from SPOs. Management oversight is mostly signing things off.", "PO"),
    ("A quiet space to write reports. Hot-desking in an open plan office is very distracting.", None),
    (
        "Email me at j.bloggs@justice.gov.uk if you want examples - the referral process for CRS is far "
        "too complicated.",
        None,
    ),
    ("Better communication between the court team and the case managers about sentence requirements.", None),
    (
        "Thank you to Mark Jones for the resettlement training, it was the most useful session I've had.",
        "PSO",
    ),
]

STAFF_ANYTHING_ELSE_2024: list[tuple[str, str | None]] = [
    ("I love the job but I am exhausted.", "PO"),
    ("Thank you for asking. I hope something changes as a result of this survey.", None),
    ("The leadership team are doing their best in difficult circumstances.", None),
    ("Please don't just publish the results - tell us what you are going to do about them.", None),
    ("Morale in our team is low at the moment because of sickness and vacancies.", None),
    ("I have been in the service over 20 years and this is the hardest it has been.", "PO"),
    ("The head of service is visible and approachable, which makes a real difference.", None),
    ("Hybrid working has made my work-life balance much better.", None),
    ("Some of the questions in this survey were hard to answer as a case administrator.", "CA"),
    ("I'm worried about the risk we are carrying with so many vacancies.", "SPO"),
    ("The Wi-Fi is much better since it was put in at all the offices, thank you.", None),
    ("Not enough is done about people who shout at colleagues in the office.", "bullied"),
    ("Please stop relying on e-learning for everything.", "PQiP"),
    ("Proud to work here, even on the hard days.", None),
    ("The open door days are a good idea but they are always on days I am in court.", "PSO"),
    ("I don't feel my concerns about workload are being heard.", "PO"),
    ("More needs to be done for women on probation - the women's service is good but it is stretched.", None),
    ("Good to see the PQiP numbers coming through, but they need support from experienced staff.", "SPO"),
    ("Nothing else to add, thanks.", None),
    ("I'd like to see more diversity in the leadership team.", None),
    ("The end of year awards were a lovely touch.", None),
    ("Ipswich office is great since the refurbishment; the others need the same investment.", "Lowestoft"),
    (
        "Staff need more time to work on disproportionality and understand the needs of people from "
        "minority groups.",
        None,
    ),
    ("I would recommend working in Suffolk to a friend, despite the pressures.", None),
    ("Please can we have more notice of training dates.", "PSO"),
    ("Stress levels are high and good people are leaving.", None),
    ("It feels like the quality audit is about ticking boxes, not about good practice.", "PO"),
    ("Supervision with my SPO is the most valuable hour of my month.", "PQiP"),
    ("The duty rota is unfair on part-time staff.", None),
    ("I feel safe and supported in my team.", None),
    ("Partnership working with the police and the MASH has improved a lot this year.", "SPO"),
]

STAFF_IMPROVE_2023: list[tuple[str, str | None]] = [
    ("Wi-Fi in all offices. We still can't get a signal in half the building.", "Lowestoft"),
    ("Finishing the Ipswich refurbishment - the building is not fit for purpose at the moment.", "Ipswich"),
    ("Lower caseloads, especially for POs who are covering vacancies.", "PO"),
    ("More POs. We are carrying vacancies across every team.", "SPO"),
    ("Clarity about what the separation from Norfolk means for our processes.", None),
    ("Better IT equipment. My laptop is five years old and takes forever to start.", None),
    ("More face-to-face training. Everything is online and it is hard to stay focused.", "PSO"),
    ("Mentoring for PQiPs from experienced officers.", "PQiP"),
    ("Time for supervision that isn't cancelled at the last minute.", "PSO"),
    ("A proper induction for new starters, there isn't one at the moment.", "CA"),
    ("More accredited programmes so that people don't wait months to start.", "PO"),
    ("Commissioned services that are actually available in Lowestoft.", "Lowestoft"),
    ("My manager is great but everyone is under too much pressure.", None),
    ("More SPOs so that teams are a manageable size.", "PO"),
    ("Better communication about changes to the operating model.", None),
    ("Support for staff wellbeing after difficult cases, such as serious further offences.", "PO"),
    ("Fairer allocation of cases between the three offices.", None),
    ("Access to mental health services for people on probation.", "PSO"),
    ("Housing. We release people from prison with nowhere to go.", "PO"),
    ("Less time on admin and more time with people on probation.", "PSO"),
    ("Training on risk of serious harm assessments for newer staff.", "PQiP"),
    ("Recognition of the work case administrators do every day.", "CA"),
    ("Being listened to when we say the workload is too high.", None),
    ("Somewhere to park in Bury St Edmunds would save me an hour a week.", "Bury St Edmunds"),
    ("A settled leadership team - we have had a lot of change.", None),
    ("More interview rooms so we are not seeing people in corridors.", None),
    ("Better working relationships with the police on domestic abuse checks.", "CA"),
    ("Thanks to Claire on the duty desk for always helping out.", None),
    ("Consistent guidance on recording and countersigning.", "PQiP"),
    ("More training on toolkits and structured interventions.", "PSO"),
    ("A named mentor for every PQiP from day one.", "PQiP"),
    ("Reliable phones. Our work mobiles keep losing signal in rural areas.", None),
    ("Stop the constant changes in priorities, let things settle.", None),
    ("More staff at PSO grade to cover the court work.", "SPO"),
    ("Better support for people on probation with learning difficulties.", None),
    ("Clear lines of accountability now that we are our own PDU.", None),
    ("More time to build relationships with people on probation.", "PO"),
    ("The team is fantastic and really supportive of each other.", None),
    ("Honestly, I'm happy with how things are going at the moment.", "CA"),
    ("Time for reflective practice in supervision, please call me on 07700 900456 to discuss.", None),
]

UV_HELPFUL: list[tuple[str, str | None]] = [
    (
        "It was actually alright; he was very understanding. To be honest, I don't normally trust males in "
        "my life but he did come across as very trustworthy. I could actually speak to him about anything. "
        "He would actually get things done.",
        "female",
    ),
    ("Appointments help to keep me out of trouble.", "pos"),
    ("My probation officer listens to me and doesn't judge.", "pos"),
    ("Having someone to talk to when things got bad with my mental health.", "pos"),
    ("She helped me sort out my Universal Credit when it got stopped.", "pos"),
    ("Getting me on a course so I could get my CSCS card and go back to work.", "pos"),
    ("Help with housing when I got out. I'd have been on the streets otherwise.", "pos"),
    ("Mr Smith is always straight with me and does what he says.", "pos"),
    ("The appointments are flexible around my work.", "pos"),
    ("Nothing really, I just turn up and sign in.", "neg"),
    ("They referred me to drug services and I've been clean for six months.", "pos"),
    ("Being treated like a person not a number.", "pos"),
    ("Texts reminding me about my appointments.", None),
    ("The women's group was really good, I met people in the same situation.", "female"),
    ("Help with debt. I had letters piling up and they put me in touch with someone.", "pos"),
    ("My officer came to see me at home when I couldn't get the bus.", "pos"),
    ("Talking through my offending and why it happened.", None),
    ("Not much. They keep changing my worker.", "neg"),
    ("They help me stay focused on the future.", "pos"),
    ("Support to see my kids again through the family court.", "pos"),
    ("Getting me into a hostel and then a flat.", "pos"),
    ("The course on thinking skills made me think about how I react.", None),
    ("She explains things so I understand what I have to do.", None),
    ("It's been alright, they've been fair with me.", None),
    ("Help with my benefits and food bank vouchers.", "pos"),
    ("Being able to ring when I'm struggling and get a call back the same day.", "pos"),
    ("Phone appointments when I was working away.", None),
    ("Getting a bank account set up so I could get paid.", None),
    ("My worker helped me write a CV and apply for jobs.", "pos"),
    ("Knowing where I stand. They are clear about the rules.", None),
    ("Referral to the mental health team, I'm finally getting proper help.", "pos"),
    ("I don't know, it's early days.", None),
    ("The staff at Ipswich are friendly and the office is nice now.", None),
    ("Travel warrants for appointments because I can't afford the bus from Felixstowe.", None),
    ("They stuck with me even when I messed up.", "pos"),
    ("Help with alcohol - they got me a referral to the local service.", None),
    ("Just having someone on my side for once.", "pos"),
    ("Honestly nothing, it's just something I have to do.", "neg"),
    (
        "My probation officer got me onto a scheme at the job centre and now I've got a job in a warehouse.",
        "pos",
    ),
    ("Support after I lost my mum last year.", None),
    ("Help to get ID documents so I could rent a room.", None),
    ("I got a call from my officer to check on me when I was in hospital.", "pos"),
    ("Listening. Most people don't listen.", None),
    ("Probation helped me with my housing application, my case ref is X123456 if you need it.", None),
    ("Meeting near where I live, IP1 2AB, instead of going into town.", None),
    ("Getting my medication sorted with the GP.", None),
    ("Being honest with me about what would happen if I breached.", None),
    ("The online check-ins are easy to do.", None),
    ("I like that I see the same person each time now.", "pos"),
    ("Support with anger and how to walk away.", None),
    ("Nothing has been helpful so far to be honest.", "neg"),
]

UV_BETTER: list[tuple[str, str | None]] = [
    ("Been to prison many times. This is a nuisance for me, they don't know how to rehabilitate me.", "neg"),
    (
        "Stop changing my probation officer. I've had four in a year and have to tell my story again every "
        "time.",
        "neg",
    ),
    ("Answer the phone. I ring and nobody gets back to me.", "neg"),
    ("More help with mental health, the waiting list is too long.", None),
    ("Help with money. I'm in debt and nobody has helped me with it.", "neg"),
    ("Appointments that fit around work. I nearly lost my job because of them.", None),
    ("Help people find somewhere to live before they come out of prison.", None),
    ("Tell me what is going on with my case. I never know what's happening.", "neg"),
    ("The bus fare to Ipswich costs me more than I can afford.", None),
    ("Nothing, they are doing a good job.", "pos"),
    ("Actually help with rehabilitation instead of just checking up on me.", "neg"),
    ("More help getting work. Nobody wants to employ someone with a record.", None),
    ("Better communication between probation and the housing office.", None),
    ("Listen more and judge less.", "neg"),
    ("Help with drugs and alcohol earlier on, not after I'd relapsed.", None),
    ("Don't make me wait an hour in reception for a ten-minute appointment.", "neg"),
    ("Explain the licence conditions properly. I didn't understand them when I got out.", None),
    ("More women workers. I'd feel more comfortable talking to a woman.", "female"),
    ("Mr Smith never rings back when he says he will.", "neg"),
    ("I was told I'd be referred to a course but it's been six months and nothing.", "neg"),
    ("More support for families, my partner struggles when I have to go to appointments.", None),
    ("Help with benefits, I had no money for six weeks after release.", None),
    ("Be more flexible. I had a hospital appointment and still got a warning.", "neg"),
    ("It's fine as it is.", "pos"),
    ("More face-to-face appointments rather than phone calls.", None),
    ("Help with mental health. I was told to see my GP and that was it.", "neg"),
    ("Letters still go to my old address IP1 2AB even though I told them I moved.", None),
    ("Look up my reference X123456 and you'll see I've asked for help with housing three times.", "neg"),
    ("Treat people as individuals, not all the same.", None),
    ("Offer appointments in Lowestoft so I don't have to travel.", None),
    ("More practical help, like getting a phone or ID.", None),
    ("Better training for the staff about ADHD.", None),
    ("They need more staff, my officer is always rushed.", None),
    ("Keep the same officer, it takes time to trust someone.", None),
    ("Sort out an interpreter, I couldn't understand the first meetings.", "neg"),
    ("Don't threaten recall over small things.", "neg"),
    ("Help with debt and bailiffs.", None),
    ("Be on time. I've been kept waiting when I've taken time off work.", None),
    ("More groups for people in recovery.", None),
    ("Support with housing benefit forms.", None),
    ("I think they do their best but there aren't enough of them.", None),
    ("Make the online check-ins work properly on phones.", None),
    ("More help with relationships and seeing my children.", None),
    ("Not much, I've had a good experience.", "pos"),
    ("Follow through on what they say they will do.", "neg"),
]
