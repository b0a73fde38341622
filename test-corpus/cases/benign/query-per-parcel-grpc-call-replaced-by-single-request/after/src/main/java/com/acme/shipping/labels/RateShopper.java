package com.acme.shipping.labels;

import com.acme.carrier.rating.v2.Parcel;
import com.acme.carrier.rating.v2.ParcelQuote;
import com.acme.carrier.rating.v2.RateRequest;
import com.acme.carrier.rating.v2.RateResponse;
import com.acme.carrier.rating.v2.RatingServiceGrpc;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class RateShopper {
    private final RatingServiceGrpc.RatingServiceBlockingStub ratingStub;

    public RateShopper(RatingServiceGrpc.RatingServiceBlockingStub ratingStub) {
        this.ratingStub = ratingStub;
    }

    public List<ParcelRate> cheapestRates(List<ParcelSpec> parcels) {
        RateRequest request = RateRequest.newBuilder()
                .addAllParcels(parcels.stream().map(RateShopper::toProto).toList())
                .build();
        RateResponse response = ratingStub.rate(request);
        List<ParcelRate> rates = new ArrayList<>();
        for (ParcelQuote quote : response.getQuotesList()) {
            rates.add(new ParcelRate(quote.getReference(), quote.getPriceCents(), quote.getService()));
        }
        return rates;
    }

    private static Parcel toProto(ParcelSpec spec) {
        return Parcel.newBuilder()
                .setReference(spec.reference())
                .setWeightGrams(spec.weightGrams())
                .setDestinationCountry(spec.destinationCountry())
                .build();
    }
}
